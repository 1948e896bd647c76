using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Leagues.LeagueTable;

namespace TeamDrill.Tests.Leagues;

/// <summary>How a round is planned and stored: rooms and roles for the members present, a fresh card per agent, presence per round.</summary>
public sealed class LeagueRoundTests
{
    [Fact]
    public void a_round_of_four_in_rooms_of_four_is_one_drill_with_an_agent_a_customer_and_two_scorers()
    {
        var league = InSeason();

        var round = StartRound(league);

        Assert.Equal((1, 1, false), (round.Season, round.Number, round.Closed));
        var drill = Assert.Single(round.Drills);
        Assert.Equal(2, drill.ScorerIds.Count);
        Assert.Equal(WithMembers().State.Members.Select(m => m.PlayerId).Order(), People(round).Order());
        Assert.Contains(drill.CardId, Deck.Select(c => c.CardId));
        Assert.Equal(Deck.Single(c => c.CardId == drill.CardId).Title, drill.CardTitle);
        Assert.True(league.View().RoundOpen);
    }

    [Fact]
    public void planning_a_round_stores_nothing_until_it_is_added()
    {
        var league = InSeason();
        var bytes = MessagePack.MessagePackSerializer.Serialize(league.State);

        var planned = league.PlanNextRound(Fay, Deck, T0.AddDays(1));

        Assert.Equal(bytes, MessagePack.MessagePackSerializer.Serialize(league.State));
        Assert.All(planned.Drills, d => Assert.Equal("", d.RoomCode));
        Assert.Equal(0, league.View().Rounds);
    }

    [Fact]
    public void with_three_present_the_round_is_one_drill_of_three_and_the_others_are_listed_absent()
    {
        var league = InSeason();
        league.SetPresence(Fay, "Ben", "away");

        var round = StartRound(league);

        var drill = Assert.Single(round.Drills);
        Assert.Single(drill.ScorerIds);
        Assert.DoesNotContain(Id("Ben"), People(round));
        Assert.Equal(["Ben"], league.RoundView(round, ["waiting"]).Absent);
    }

    [Fact]
    public void absent_misses_the_next_round_only_and_away_misses_rounds_until_marked_present()
    {
        var league = InSeason(4, "Ana", "Ben", "Cy", "Dee", "Eli", "Flo");
        league.SetPresence(Fay, "Ana", "absent");
        league.SetPresence(Id("Ben"), "Ben", "away");

        var first = PlayRound(league);
        Assert.Equal([Id("Ana"), Id("Ben")], first.AbsentIds);
        Assert.DoesNotContain(Id("Ana"), People(first));
        Assert.DoesNotContain(Id("Ben"), People(first));
        Assert.Equal((LeaguePresence.Present, LeaguePresence.Away), (Presence(league, "Ana"), Presence(league, "Ben")));

        var second = PlayRound(league);
        Assert.Equal([Id("Ben")], second.AbsentIds);
        Assert.Contains(Id("Ana"), People(second));
        Assert.DoesNotContain(Id("Ben"), People(second));

        league.SetPresence(Fay, "Ben", "present");
        var third = PlayRound(league);
        Assert.Empty(third.AbsentIds);
        Assert.Equal(league.State.Members.Select(m => m.PlayerId).Order(), People(third).Order());
        Assert.Equal(
            ["Ana,Ben", "Ben", ""],
            league.SeasonRounds().Select(r => string.Join(",", league.RoundView(r, r.Drills.Select(_ => League.ScoredStatus).ToList()).Absent)));
    }

    [Fact]
    public void an_agent_is_never_dealt_a_card_they_had_before()
    {
        var league = InSeason(3, "Ana", "Ben", "Cy");

        var rounds = Enumerable.Range(0, 6).Select(_ => PlayRound(league)).ToList();

        var byAgent = rounds.Select(r => Assert.Single(r.Drills)).GroupBy(d => d.AgentId);
        Assert.All(byAgent, g => Assert.Equal(g.Count(), g.Select(d => d.CardId).Distinct().Count()));
        Assert.Equal([1, 2, 3, 4, 5, 6], rounds.Select(r => r.Number));
    }

    [Fact]
    public void a_new_season_numbers_its_rounds_from_one_and_reseeds_the_schedule()
    {
        var league = InSeason();
        PlayRound(league);
        var seed = league.State.SeasonSeed;

        league.StartSeason(Fay, 3);
        var round = StartRound(league);

        Assert.Equal((2, 1, 3), (round.Season, round.Number, league.State.RoomSize));
        Assert.NotEqual(seed, league.State.SeasonSeed);
        Assert.Equal(League.StableSeed("K7QX2M/2"), league.State.SeasonSeed);
        Assert.Equal(1, league.View().Rounds);
    }

    [Fact]
    public void a_debrief_is_kept_as_the_league_needs_it()
    {
        var league = InSeason();
        var drill = Assert.Single(StartRound(league).Drills);
        var debrief = Debrief(drill, 4, 5);

        Assert.True(league.RecordDebrief(drill.RoomCode, debrief));

        var result = drill.Result!;
        Assert.Equal(Math.Clamp(debrief.Figures!.Score!.Value / 100, 0, 1), result.AgentScore);
        Assert.Equal(new Dictionary<string, double> { ["listening"] = 4, ["empathy"] = 4 }, result.Consensus);
        Assert.Equal(["listening", "empathy"], result.CriterionIds);
        Assert.Equal([5, 5], result.Fidelity.Select(f => f.Score));
        Assert.Equal(2, result.Sheets.Count);
        Assert.Equal(CallOutcome.Resolved, result.Outcome);
    }

    [Theory]
    [InlineData(DrillPhase.Lobby, 0, "lobby")]
    [InlineData(DrillPhase.Call, 0, "waiting")]
    [InlineData(DrillPhase.Call, 2, "call")]
    [InlineData(DrillPhase.Scoring, 5, "scoring")]
    [InlineData(DrillPhase.Debrief, 5, "scoring")]
    public void a_drill_not_yet_scored_shows_what_its_room_is_doing(DrillPhase phase, int messages, string status)
    {
        Assert.Equal(status, League.StatusFromRoom(phase, messages));
    }

    [Fact]
    public void members_see_their_own_drills_in_the_latest_round_with_their_role()
    {
        var league = InSeason();
        Assert.Null(league.LatestRoundFor(Id("Ana")));
        var round = StartRound(league);
        var drill = Assert.Single(round.Drills);
        var view = league.RoundView(round, ["waiting"]);

        var agent = Assert.Single(league.Assignments(drill.AgentId, view));
        var scorer = Assert.Single(league.Assignments(drill.ScorerIds[0], view));

        Assert.Equal((drill.RoomCode, DrillRole.Agent, 1, "waiting", "Tuesday team"), (agent.RoomCode, agent.Role, agent.Round, agent.Status, agent.LeagueName));
        Assert.Equal(DrillRole.Scorer, scorer.Role);
        Assert.Empty(league.Assignments(Fay, view));
        Assert.Same(round, league.LatestRoundFor(Id("Ana")));
    }

    private static LeaguePresence Presence(League league, string name) => league.View().Members.Single(m => m.Name == name).Presence;
}
