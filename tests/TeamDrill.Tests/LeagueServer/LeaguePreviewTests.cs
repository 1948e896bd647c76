using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>Round preview over real connections: it shows what round start then does, and changes nothing.</summary>
[Collection(ServerCollection.Name)]
public sealed class LeaguePreviewTests
{
    [Fact]
    public async Task preview_shows_exactly_the_round_that_round_start_then_starts()
    {
        await using var league = await LeagueScript.SetUpAsync("Ana", "Ben", "Cy", "Dee", "Eli", "Flo", "Gus");
        var fay = league.Facilitator;
        await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), league.Code, 3);
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), league.Code, "Ben", "absent");

        var before = await LeagueState(league);
        var ahead = await Preview(league, 2);
        Assert.Equal(before, await LeagueState(league));
        Assert.Equal([1, 2], ahead.Rounds.Select(r => r.Number));
        Assert.All(ahead.Rounds.SelectMany(r => r.Drills), d => Assert.Equal(("", "preview"), (d.RoomCode, d.Status)));

        // Round 1: the same rooms, roles and cards, and the same members missing.
        var first = await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), league.Code);
        Assert.Equal(2, first.Drills.Count);
        Assert.Equal(Drills(ahead.Rounds[0], cards: true), Drills(first, cards: true));
        Assert.All(first.Drills, d => Assert.NotEqual("", d.CardId));
        Assert.Equal(["Ben"], ahead.Rounds[0].Absent);
        Assert.Equal(first.Absent, ahead.Rounds[0].Absent);

        foreach (var drill in first.Drills)
        {
            await league.PlayAsync(drill, score: 4, fidelity: 4);
        }

        await league.UntilScored();
        await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), league.Code);

        // Round 2 after real play and new ratings: the preview's cards match round start again, and the
        // roles match what the two-round preview planned before round 1 (the same history, the same seed).
        var closedRound = RoundState(await league.Round());
        before = await LeagueState(league);
        var next = await Preview(league, 1);
        Assert.Equal(before, await LeagueState(league));
        Assert.Equal(closedRound, RoundState(await league.Round()));
        Assert.Equal("", next.Note);

        var second = await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), league.Code);
        Assert.Equal(2, second.Number);
        Assert.Equal(Drills(Assert.Single(next.Rounds), cards: true), Drills(second, cards: true));
        Assert.Equal(Drills(ahead.Rounds[1], cards: false), Drills(second, cards: false));
        Assert.Contains(league.Members[1].Id, People(second));
        Assert.Empty(second.Absent);
    }

    [Fact]
    public async Task preview_of_three_rounds_leaves_an_away_member_out_of_all_and_an_absent_member_out_of_the_first_only()
    {
        await using var league = await LeagueScript.SetUpAsync("Ana", "Ben", "Cy", "Dee", "Eli", "Flo");
        var fay = league.Facilitator;
        var (ana, ben) = (league.Members[0], league.Members[1]);
        await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), league.Code, 3);
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), league.Code, "Ana", "absent");
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), league.Code, "Ben", "away");

        var before = await LeagueState(league);
        var preview = await Preview(league, 3);
        Assert.Equal(before, await LeagueState(league));

        Assert.Equal([1, 2, 3], preview.Rounds.Select(r => r.Number));
        Assert.Equal([["Ana", "Ben"], ["Ben"], ["Ben"]], preview.Rounds.Select(r => r.Absent.ToArray()));
        Assert.All(preview.Rounds, r => Assert.DoesNotContain(ben.Id, People(r)));
        Assert.DoesNotContain(ana.Id, People(preview.Rounds[0]));
        Assert.Contains(ana.Id, People(preview.Rounds[1]));
        Assert.Contains(ana.Id, People(preview.Rounds[2]));

        // Everyone not away is in exactly one drill of each later round, in its role; only round 1 has cards.
        var attending = league.Members.Where(m => m != ben).Select(m => m.Id).Order().ToList();
        Assert.Equal(attending, People(preview.Rounds[1]).Order());
        Assert.Equal(attending, People(preview.Rounds[2]).Order());
        Assert.All(preview.Rounds[0].Drills, d => Assert.NotEqual("", d.CardId));
        Assert.All(preview.Rounds.Skip(1).SelectMany(r => r.Drills), d => Assert.Equal("", d.CardId));
        Assert.Equal(
            "Cards are shown for round 1 only: each later round's cards depend on ratings that change when the rounds before it close.",
            preview.Note);

        // Nothing was opened: the league still has no round.
        await Assert.ThrowsAsync<HubException>(() => league.Round());
    }

    private static Task<LeaguePreviewView> Preview(LeagueScript league, int rounds) =>
        league.Facilitator.Hub.InvokeAsync<LeaguePreviewView>(nameof(ILeagueHub.PreviewRounds), league.Code, rounds);

    /// <summary>What a preview must not change: the season, its rounds, whether one is open, and everyone's presence.</summary>
    private static async Task<string> LeagueState(LeagueScript league)
    {
        var view = await league.Facilitator.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), league.Code);
        return $"{view.Season}/{view.Rounds}/{view.RoundOpen}/{string.Join(",", view.Members.Select(m => $"{m.Name}:{m.Presence}"))}";
    }

    private static List<string> Drills(LeagueRoundView round, bool cards) =>
        round.Drills.Select(d => $"{d.Room}: {d.AgentId} {d.CustomerId} [{string.Join(" ", d.ScorerIds)}]" + (cards ? $" {d.CardId} {d.CardTitle}" : "")).ToList();

    private static string RoundState(LeagueRoundView round) =>
        $"{round.Number}/{round.Closed}/{string.Join(",", round.Absent)}/" + string.Join(" | ", round.Drills.Select(d => $"{d.RoomCode} {d.Status} {d.Points}"))
        + "/" + string.Join(" | ", Drills(round, cards: true));

    private static IEnumerable<string> People(LeagueRoundView round) =>
        round.Drills.SelectMany(d => new[] { d.AgentId, d.CustomerId }.Concat(d.ScorerIds));
}
