using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>
/// League refusals over real connections: what only a server decides (the facilitator key, the edge's
/// checks of codes and texts, a room's real state) reaches the caller with its reason, and the league does
/// not change. Each rule's own refusals are unit tests over <see cref="Shared.Leagues.League"/> (tests/…/Leagues).
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class LeagueBadInputTests(SharedServer fixture) : IAsyncLifetime
{
    private LeagueScript _league = null!;

    public async Task InitializeAsync() => _league = await LeagueScript.OnServerAsync(fixture.Server);

    public async Task DisposeAsync() => await _league.DisposeAsync();

    private TestPlayer Fay => _league.Facilitator;

    private TestPlayer Ana => _league.Members[0];

    [Fact]
    public async Task a_member_who_is_not_a_facilitator_cannot_create_a_league()
    {
        await Refused(
            () => Ana.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), "Ana's league"),
            "Only a facilitator can create a league: claim the server's facilitator key first (teamdrill league claim KEY).");
        await Refused(() => Ana.Hub.InvokeAsync(nameof(ILeagueHub.ClaimFacilitator), "guess-the-key"), "That is not the facilitator key.");
        await Refused(
            () => Ana.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), "Ana's league"),
            "Only a facilitator can create a league");
    }

    [Fact]
    public async Task an_unknown_or_malformed_league_code_is_refused_by_name()
    {
        await Refused(
            () => Ana.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.JoinLeague), "ZZZZZZ"),
            "There is no league ZZZZZZ. Check the code with your facilitator.");
        await Refused(
            () => Fay.Hub.InvokeAsync<LeagueStandingsView>(nameof(ILeagueHub.GetStandings), "zz"),
            "'zz' is not a league code: codes are 6 letters and digits, like K7QX2M.");
    }

    [Fact]
    public async Task empty_texts_are_refused_by_name_and_a_rule_refusal_arrives_with_its_reason()
    {
        await Refused(() => Fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), ""), "The league name is empty.");
        await Refused(() => Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Ben", ""), "The presence is empty.");
        await Refused(
            () => Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetGroup), _league.Code, "Ana", new string('g', 25)),
            "A group name is at most 24 characters long.");
        await Refused(
            () => Ana.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Dee", "absent"),
            "Only the facilitator marks someone else present, absent or away.");
    }

    [Fact]
    public async Task a_round_is_closed_once_and_only_when_every_drill_is_scored()
    {
        await Fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), _league.Code, 4);
        var round = await Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), _league.Code);
        var drill = Assert.Single(round.Drills);

        await Refused(
            () => Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), _league.Code),
            $"Round 1 has 1 drill not scored yet (room {drill.RoomCode}): wait for the debrief or close its scoring first.");
        await Refused(
            () => Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), _league.Code),
            "Round 1 is still open: close it before starting the next (teamdrill league round close).");

        // The facilitator hosts the room, so it may close scoring early once the call has ended.
        var customer = _league.Player(drill.CustomerId);
        await customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.RoomCode, CallOutcome.HungUp, ActionIds.New());
        Assert.Equal("scoring", (await _league.Round()).Drills[0].Status);
        await Fay.Hub.InvokeAsync(nameof(IDrillHub.CloseScoring), drill.RoomCode, ActionIds.New());
        Assert.Equal("scored", (await _league.UntilScored()).Drills[0].Status);

        var closed = await Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), _league.Code);
        Assert.True(closed.Closed);
        await Refused(() => Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), _league.Code), "Round 1 is already closed.");
    }

    [Fact]
    public async Task someone_outside_the_league_sees_nothing_of_it()
    {
        await using var eve = await TestPlayer.SignInAsync(fixture.Server.Url, "Eve");
        await Refused(
            () => eve.Hub.InvokeAsync<LeagueStandingsView>(nameof(ILeagueHub.GetStandings), _league.Code),
            $"You are not in league {_league.Code}: join it with its code first.");
        await Refused(
            () => eve.Hub.InvokeAsync<IReadOnlyList<LeagueAssignmentView>>(nameof(ILeagueHub.MyAssignments), _league.Code),
            $"You are not in league {_league.Code}: join it with its code first.");
    }

    private async Task Refused(Func<Task> action, string expected)
    {
        var before = await Fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), _league.Code);
        var error = await Assert.ThrowsAsync<HubException>(action);
        Assert.Contains(expected, error.Message);
        var after = await Fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), _league.Code);
        Assert.Equal(
            (before.Season, before.Rounds, before.RoundOpen, string.Join(",", before.Members.Select(m => $"{m.Name}/{m.Presence}/{m.Group}"))),
            (after.Season, after.Rounds, after.RoundOpen, string.Join(",", after.Members.Select(m => $"{m.Name}/{m.Presence}/{m.Group}"))));
    }
}
