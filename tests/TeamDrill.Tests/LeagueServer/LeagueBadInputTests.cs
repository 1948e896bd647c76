using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>Every league refusal reaches the caller with its reason, and the league does not change.</summary>
[Collection(ServerCollection.Name)]
public sealed class LeagueBadInputTests : IAsyncLifetime
{
    private LeagueScript _league = null!;

    public async Task InitializeAsync() => _league = await LeagueScript.SetUpAsync();

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
    public async Task a_round_needs_three_members_present()
    {
        await Fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), _league.Code, 4);
        await Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Ben", "away");
        await _league.Members[2].Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Cy", "away");

        await Refused(
            () => Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), _league.Code),
            "Only 2 of 4 members are present; a round needs at least 3.");
        await Refused(
            () => Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.GetRound), _league.Code, 0),
            "No round has started yet this season.");

        // Back to three: the round starts with one drill of three (Ben stays out).
        await Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "cy", "present");
        var round = await Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), _league.Code);
        var drill = Assert.Single(round.Drills);
        Assert.Equal(["Ben"], round.Absent);
        Assert.DoesNotContain(_league.Members[1].Id, new[] { drill.AgentId, drill.CustomerId }.Concat(drill.ScorerIds));
    }

    [Fact]
    public async Task an_unknown_presence_word_is_refused_with_the_words_allowed()
    {
        foreach (var word in new[] { "sick", "absent-ish", "true" })
        {
            await Refused(
                () => Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Ben", word),
                $"'{word}' is not a presence: use present, absent (misses the next round) or away (misses every round until marked present).");
        }

        await Refused(() => Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Ben", ""), "The presence is empty.");
    }

    [Fact]
    public async Task a_member_marks_only_themselves_and_the_facilitator_marks_anyone()
    {
        await Refused(
            () => Ana.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Dee", "absent"),
            "Only the facilitator marks someone else present, absent or away.");
        await Refused(
            () => Ana.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Dee", "away"),
            "Only the facilitator marks someone else present, absent or away.");

        await Ana.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Ana", "AWAY");
        await Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Dee", " absent ");
        var league = await Fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), _league.Code);
        Assert.Equal(
            [("Ana", LeaguePresence.Away, false), ("Ben", LeaguePresence.Present, true), ("Cy", LeaguePresence.Present, true), ("Dee", LeaguePresence.Absent, false)],
            league.Members.Select(m => (m.Name, m.Presence, m.Present)));
    }

    [Fact]
    public async Task a_round_is_closed_once_and_only_when_every_drill_is_scored()
    {
        await Refused(
            () => Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), _league.Code),
            "No season has started yet: start one first (teamdrill league season start).");
        await Refused(
            () => Fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), _league.Code, 2),
            "The room size is 3 to 12 (4: a customer, an agent and two scorers); 2 is out of range.");
        await Refused(
            () => Ana.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), _league.Code, 4),
            "Only the league's facilitator can start a season.");
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
        await customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.RoomCode, CallOutcome.HungUp);
        Assert.Equal("scoring", (await _league.Round()).Drills[0].Status);
        await Fay.Hub.InvokeAsync(nameof(IDrillHub.CloseScoring), drill.RoomCode);
        Assert.Equal("scored", (await _league.UntilScored()).Drills[0].Status);

        var closed = await Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), _league.Code);
        Assert.True(closed.Closed);
        await Refused(() => Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), _league.Code), "Round 1 is already closed.");
        await Refused(
            () => Fay.Hub.InvokeAsync<string>(nameof(ILeagueHub.ExportLeague), _league.Code, "standings", "xlsx"),
            "Export as csv, md or json; 'xlsx' is not a format.");
        await Refused(
            () => Fay.Hub.InvokeAsync<string>(nameof(ILeagueHub.ExportLeague), _league.Code, "salaries", "csv"),
            "Export what? 'salaries' is not one of: standings, judges, fidelity, profiles, calibration, cards.");
    }

    [Fact]
    public async Task a_round_preview_is_refused_to_members_out_of_range_and_while_a_round_is_open()
    {
        Task Preview(TestPlayer who, int rounds) =>
            who.Hub.InvokeAsync<LeaguePreviewView>(nameof(ILeagueHub.PreviewRounds), _league.Code, rounds);

        await Refused(() => Preview(Fay, 1), "No season has started yet: start one first (teamdrill league season start).");
        await Fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), _league.Code, 4);
        await Refused(() => Preview(Ana, 1), "Only the league's facilitator can preview rounds.");
        await Refused(() => Preview(Fay, 0), "A preview shows 1 to 10 rounds; 0 is out of range.");
        await Refused(() => Preview(Fay, 11), "A preview shows 1 to 10 rounds; 11 is out of range.");

        await Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Ben", "away");
        await Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Cy", "absent");
        await Refused(() => Preview(Fay, 3), "Only 2 of 4 members are present; a round needs at least 3.");
        await Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Cy", "present");
        await Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), _league.Code, "Ben", "present");

        var round = await Fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), _league.Code);
        var shown = await _league.Round();
        await Refused(() => Preview(Fay, 1), "Round 1 is still open: close it before previewing the next (teamdrill league round close).");
        await Refused(() => Preview(Fay, 10), "Round 1 is still open");
        var after = await _league.Round();
        Assert.Equal(
            (shown.Number, shown.Closed, Assert.Single(shown.Drills).RoomCode, shown.Drills[0].Status),
            (after.Number, after.Closed, Assert.Single(after.Drills).RoomCode, after.Drills[0].Status));
        Assert.Equal(round.Drills[0].RoomCode, after.Drills[0].RoomCode);
    }

    [Fact]
    public async Task names_and_groups_are_checked()
    {
        await Refused(() => Fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), " \u001b "), "A league name is 1 to 48 characters long.");
        await Refused(() => Fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), ""), "The league name is empty.");
        await Refused(
            () => Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetGroup), _league.Code, "Ana", new string('g', 25)),
            "A group name is at most 24 characters long.");
        await Refused(
            () => Fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.JoinLeague), _league.Code),
            "You run this league as its facilitator; facilitators don't play in their own league.");
    }

    [Fact]
    public async Task someone_outside_the_league_sees_nothing_of_it()
    {
        await using var eve = await TestPlayer.SignInAsync(_league.Server.Url, "Eve");
        await Refused(
            () => eve.Hub.InvokeAsync<LeagueStandingsView>(nameof(ILeagueHub.GetStandings), _league.Code),
            $"You are not in league {_league.Code}: join it with its code first.");
        await Refused(
            () => Fay.Hub.InvokeAsync(nameof(ILeagueHub.SetGroup), _league.Code, "Eve", "South"),
            $"'Eve' is not a member of league {_league.Code}.");
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
