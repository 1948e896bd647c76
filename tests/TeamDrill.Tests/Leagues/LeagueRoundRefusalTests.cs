using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Leagues.LeagueTable;

namespace TeamDrill.Tests.Leagues;

/// <summary>Seasons, rounds, close-out, preview and exports: each refusal has its own message and leaves the league exactly as it was.</summary>
public sealed class LeagueRoundRefusalTests
{
    private static readonly DateTimeOffset Later = T0.AddDays(3);

    [Theory]
    [InlineData(2)]
    [InlineData(13)]
    public void a_room_size_out_of_3_to_12_is_refused(int size)
    {
        var league = WithMembers();

        AssertRefused(league, $"The room size is 3 to 12 (4: a customer, an agent and two scorers); {size} is out of range.",
            () => league.StartSeason(Fay, size));
    }

    [Fact]
    public void only_the_facilitator_starts_a_season_a_round_or_closes_one()
    {
        var league = InSeason();

        AssertRefused(league, "Only the league's facilitator can start a season.", () => league.StartSeason(Id("Ana"), 4));
        AssertRefused(league, "Only the league's facilitator can start a round.", () => league.PlanNextRound(Id("Ana"), Deck, Later));
        StartRound(league);
        AssertRefused(league, "Only the league's facilitator can close a round.", () => league.CloseRound(Id("Ana"), Later));
    }

    [Fact]
    public void a_round_needs_a_season()
    {
        var league = WithMembers();

        AssertRefused(league, "No season has started yet: start one first (teamdrill league season start).",
            () => league.PlanNextRound(Fay, Deck, Later));
        AssertRefused(league, "No season has started yet: start one first (teamdrill league season start).",
            () => league.Preview(Fay, 1, Deck, Later));
    }

    [Fact]
    public void a_round_needs_three_members_present()
    {
        var league = InSeason();
        league.SetPresence(Fay, "Ben", "away");
        league.SetPresence(Id("Cy"), "Cy", "absent");

        AssertRefused(league, "Only 2 of 4 members are present; a round needs at least 3.", () => league.PlanNextRound(Fay, Deck, Later));
        AssertRefused(league, "Only 2 of 4 members are present; a round needs at least 3.", () => league.Preview(Fay, 3, Deck, Later));
        AssertRefused(league, "No round has started yet this season.", () => league.Round(Fay, 0));
    }

    [Fact]
    public void an_open_round_holds_back_the_next_round_its_preview_and_a_new_season()
    {
        var league = InSeason();
        StartRound(league);

        AssertRefused(league, "Round 1 is still open: close it before starting the next (teamdrill league round close).",
            () => league.PlanNextRound(Fay, Deck, Later));
        AssertRefused(league, "Round 1 is still open: close it before previewing the next (teamdrill league round close).",
            () => league.Preview(Fay, 10, Deck, Later));
        AssertRefused(league, "Round 1 is still open: close it before starting a new season.", () => league.StartSeason(Fay, 4));
    }

    [Fact]
    public void an_agent_who_has_had_every_card_holds_the_round_back()
    {
        var league = InSeason(3, "Ana", "Ben", "Cy");
        var oneCard = Deck.Take(1).ToList();

        // Three rounds of one drill: each member is agent once, so each has had the one card after them.
        for (var round = 0; round < 3; round++)
        {
            StartRound(league, oneCard);
            ScoreRound(league, 3, 3);
            league.CloseRound(Fay, Later);
        }

        // Planning is pure: with the full deck it names the agent the one-card round would have.
        var again = Assert.Single(league.PlanNextRound(Fay, Deck, Later).Drills).AgentId;
        AssertRefused(league, $"{league.NameOf(again)} has had every card in the deck: add content before the next round.",
            () => league.PlanNextRound(Fay, oneCard, Later));
    }

    [Fact]
    public void a_round_is_closed_once_and_only_when_every_drill_is_scored()
    {
        var league = InSeason();
        AssertRefused(league, "No round has started yet this season.", () => league.CloseRound(Fay, Later));
        var round = StartRound(league);
        var drill = Assert.Single(round.Drills);

        AssertRefused(league, $"Round 1 has 1 drill not scored yet (room {drill.RoomCode}): wait for the debrief or close its scoring first.",
            () => league.CloseRound(Fay, Later));

        ScoreRound(league, 3, 3);
        league.CloseRound(Fay, Later);
        AssertRefused(league, "Round 1 is already closed.", () => league.CloseRound(Fay, Later));
    }

    [Fact]
    public void a_round_with_several_drills_waiting_names_every_room()
    {
        var league = InSeason(3, "Ana", "Ben", "Cy", "Dee", "Eli", "Flo");
        var round = StartRound(league);
        league.RecordDebrief(round.Drills[0].RoomCode, Debrief(round.Drills[0], 3, 3));

        AssertRefused(league, $"Round 1 has 1 drill not scored yet (room {round.Drills[1].RoomCode}): wait for the debrief or close its scoring first.",
            () => league.CloseRound(Fay, Later));

        var next = InSeason(3, "Ana", "Ben", "Cy", "Dee", "Eli", "Flo");
        var both = StartRound(next);
        AssertRefused(next, $"Round 1 has 2 drills not scored yet (room {both.Drills[0].RoomCode}, {both.Drills[1].RoomCode}): wait for the debrief or close its scoring first.",
            () => next.CloseRound(Fay, Later));
    }

    [Fact]
    public void a_round_number_out_of_the_season_is_refused()
    {
        var league = InSeason();
        PlayRound(league);

        AssertRefused(league, "There is no round 2 this season; rounds so far: 1 to 1.", () => league.Round(Id("Ana"), 2));
        AssertRefused(league, "There is no round -1 this season; rounds so far: 1 to 1.", () => league.Round(Id("Ana"), -1));
        Assert.Equal(1, league.Round(Id("Ana"), 0).Number);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void a_preview_of_other_than_1_to_10_rounds_is_refused(int rounds)
    {
        var league = InSeason();

        AssertRefused(league, $"A preview shows 1 to 10 rounds; {rounds} is out of range.", () => league.Preview(Fay, rounds, Deck, Later));
        AssertRefused(league, "Only the league's facilitator can preview rounds.", () => league.Preview(Id("Ana"), 1, Deck, Later));
    }

    [Fact]
    public void an_export_of_an_unknown_report_or_format_is_refused()
    {
        var league = InSeason();
        PlayRound(league);

        AssertRefused(league, "Export as csv, md or json; 'xlsx' is not a format.", () => league.Export(Fay, "standings", "xlsx", Deck));
        AssertRefused(league, "Export what? 'salaries' is not one of: standings, judges, fidelity, profiles, calibration, cards.",
            () => league.Export(Fay, "Salaries", "csv", Deck));
    }

    [Fact]
    public void the_calibration_report_waits_for_a_closed_round()
    {
        var league = InSeason();
        StartRound(league);
        ScoreRound(league, 3, 3);

        AssertRefused(league, "No round has been closed yet this season: the calibration report comes with a closed round.",
            () => league.Export(Fay, "calibration", "md", Deck));
    }

    [Fact]
    public void a_debrief_from_a_room_the_league_did_not_schedule_or_a_second_one_changes_nothing()
    {
        var league = InSeason();
        var drill = Assert.Single(StartRound(league).Drills);
        var bytes = MessagePack.MessagePackSerializer.Serialize(league.State);

        Assert.False(league.RecordDebrief("QQQQQQ", Debrief(drill, 3, 3)));
        Assert.Equal(bytes, MessagePack.MessagePackSerializer.Serialize(league.State));

        Assert.True(league.RecordDebrief(drill.RoomCode, Debrief(drill, 5, 5)));
        bytes = MessagePack.MessagePackSerializer.Serialize(league.State);
        Assert.False(league.RecordDebrief(drill.RoomCode, Debrief(drill, 1, 1)));
        Assert.Equal(bytes, MessagePack.MessagePackSerializer.Serialize(league.State));
        Assert.Equal(LeagueTables.Points(drill.Result!.AgentScore!.Value), league.RoundView(league.LatestRound()!, [League.ScoredStatus]).Drills[0].Points);
    }

    [Fact]
    public void a_league_that_does_not_exist_ignores_a_debrief()
    {
        var league = new League(Code, new Shared.Leagues.Stored.LeagueState());

        Assert.False(league.RecordDebrief("R10101", new Debrief { RoomCode = "R10101", Outcome = CallOutcome.Resolved }));
        Assert.False(league.Exists);
    }
}
