using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Drills;

/// <summary>What wrong room codes cost a player: nothing at first, then waits that double, then a lockout; time forgets them.</summary>
public sealed class WrongCodeTallyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly WrongCodePolicy Policy = new(Free: 3, LockoutAfter: 8, Lockout: TimeSpan.FromMinutes(15));

    [Fact]
    public void the_free_codes_cost_nothing_then_each_wait_doubles_up_to_a_minute_and_then_the_lockout()
    {
        Assert.Equal(
            [0, 0, 0, 1, 2, 4, 8, 900],
            Enumerable.Range(1, 8).Select(n => (int)Policy.WaitAfter(n).TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(60), new WrongCodePolicy(1, 100, TimeSpan.FromMinutes(15)).WaitAfter(20));
    }

    [Fact]
    public void a_player_blocked_for_a_wait_is_told_when_and_never_told_to_try_again()
    {
        var tally = new WrongCodeTally();
        for (var i = 0; i < 3; i++)
        {
            Assert.False(tally.Record(T0.AddSeconds(i), Policy).IsBlockedAt(T0.AddSeconds(i)));
        }

        var standing = tally.Record(T0.AddSeconds(3), Policy);

        Assert.True(standing.IsBlockedAt(T0.AddSeconds(3.5)));
        Assert.False(standing.IsBlockedAt(T0.AddSeconds(4)));
        Assert.Equal("Too many wrong room codes: wait 1 second before you use another code.", standing.Refusal(T0.AddSeconds(3.2)));
        Assert.DoesNotContain(ServerErrors.TryAgain, standing.Refusal(T0.AddSeconds(3.2)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void the_lockout_says_how_many_minutes_are_left()
    {
        var tally = new WrongCodeTally();
        WrongCodeStanding standing = default;
        for (var i = 0; i < 8; i++)
        {
            standing = tally.Record(T0.AddMinutes(i), Policy);
        }

        Assert.True(standing.LockedOut);
        Assert.Equal(
            "Too many wrong room codes: you cannot open a room by code for the next 15 minutes. Ask whoever created the room for its code.",
            standing.Refusal(T0.AddMinutes(7)));
        Assert.Contains("next 1 minute.", standing.Refusal(T0.AddMinutes(21.5)), StringComparison.Ordinal);
    }

    [Fact]
    public void a_quiet_spell_as_long_as_the_lockout_forgets_the_count_and_nothing_else_does()
    {
        var tally = new WrongCodeTally();
        for (var i = 0; i < 3; i++)
        {
            tally.Record(T0.AddMinutes(i * 14), Policy); // 14 minutes apart: still remembered
        }

        Assert.True(tally.Record(T0.AddMinutes(42), Policy).IsBlockedAt(T0.AddMinutes(42)));
        Assert.Equal(4, tally.Count);

        var later = T0.AddMinutes(42 + 15);
        Assert.False(tally.Record(later, Policy).IsBlockedAt(later));
        Assert.Equal(1, tally.Count);
    }
}
