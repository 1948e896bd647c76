using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>Presence per round over real connections: absent misses the next round, away misses rounds until marked present.</summary>
[Collection(ServerCollection.Name)]
public sealed class LeaguePresenceTests
{
    [Fact]
    public async Task absent_misses_the_next_round_only_and_away_misses_rounds_until_marked_present()
    {
        await using var league = await LeagueScript.SetUpAsync("Ana", "Ben", "Cy", "Dee", "Eli", "Flo");
        var fay = league.Facilitator;
        var (ana, ben) = (league.Members[0], league.Members[1]);
        await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), league.Code, 4);
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), league.Code, "Ana", "absent");
        await ben.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), league.Code, "Ben", "away");
        Assert.Equal((LeaguePresence.Absent, LeaguePresence.Away), await PresenceOf(league, "Ana", "Ben"));

        var first = await PlayRound(league);
        Assert.Equal(["Ana", "Ben"], first.Absent);
        Assert.DoesNotContain(ana.Id, People(first));
        Assert.DoesNotContain(ben.Id, People(first));
        Assert.Empty(await ana.Hub.InvokeAsync<IReadOnlyList<LeagueAssignmentView>>(nameof(ILeagueHub.MyAssignments), league.Code));
        // Ana's absence was for round 1; Ben is still away.
        Assert.Equal((LeaguePresence.Present, LeaguePresence.Away), await PresenceOf(league, "Ana", "Ben"));

        var second = await PlayRound(league);
        Assert.Equal(["Ben"], second.Absent);
        Assert.Contains(ana.Id, People(second));
        Assert.DoesNotContain(ben.Id, People(second));
        Assert.Equal(LeaguePresence.Away, (await PresenceOf(league, "Ana", "Ben")).Second);

        await fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), league.Code, "Ben", "present");
        var third = await PlayRound(league);
        Assert.Empty(third.Absent);
        Assert.Equal(league.Members.Select(m => m.Id).Order(), People(third).Order());
        Assert.Single(await ben.Hub.InvokeAsync<IReadOnlyList<LeagueAssignmentView>>(nameof(ILeagueHub.MyAssignments), league.Code));

        // The rounds keep who missed them.
        Assert.Equal(["Ana", "Ben"], (await league.Round(1)).Absent);
        Assert.Equal(["Ben"], (await league.Round(2)).Absent);
    }

    /// <summary>Starts the next round, plays every drill to its debrief, and closes the round.</summary>
    private static async Task<LeagueRoundView> PlayRound(LeagueScript league)
    {
        var fay = league.Facilitator;
        var round = await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), league.Code);
        foreach (var drill in round.Drills)
        {
            await league.PlayAsync(drill, score: 3, fidelity: 3);
        }

        Assert.All((await league.UntilScored()).Drills, d => Assert.Equal("scored", d.Status));
        await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), league.Code);
        return round;
    }

    private static IEnumerable<string> People(LeagueRoundView round) =>
        round.Drills.SelectMany(d => new[] { d.AgentId, d.CustomerId }.Concat(d.ScorerIds));

    private static async Task<(LeaguePresence First, LeaguePresence Second)> PresenceOf(LeagueScript league, string first, string second)
    {
        var members = (await league.Facilitator.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), league.Code)).Members;
        return (members.Single(m => m.Name == first).Presence, members.Single(m => m.Name == second).Presence);
    }
}
