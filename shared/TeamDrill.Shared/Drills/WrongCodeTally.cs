using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// One player's wrong room codes (no such room, or not theirs), counted wherever they came from. A right
/// code does not wipe the count, or a guesser could reset it from a room of their own; time does.
/// </summary>
public sealed class WrongCodeTally
{
    public int Count { get; private set; }

    public DateTimeOffset LastAt { get; private set; }

    public WrongCodeStanding Standing { get; private set; }

    /// <summary>Counts one wrong code at <paramref name="now"/> and says what it costs.</summary>
    public WrongCodeStanding Record(DateTimeOffset now, WrongCodePolicy policy)
    {
        if (Count > 0 && now - LastAt >= policy.Lockout)
        {
            Count = 0;
        }

        Count++;
        LastAt = now;
        var until = now + policy.WaitAfter(Count);
        if (until > Standing.BlockedUntil)
        {
            Standing = new WrongCodeStanding(until, policy.IsLockout(Count));
        }

        return Standing;
    }
}
