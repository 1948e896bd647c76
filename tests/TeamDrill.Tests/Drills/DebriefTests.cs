using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

/// <summary>How a drill ends: the call by the customer or the clock, scoring by the last scorer or the host.</summary>
public sealed class DebriefTests
{
    private static readonly DateTimeOffset Later = StartedAt.AddMinutes(4);

    [Fact]
    public void the_debrief_is_published_when_the_last_scorer_submits()
    {
        var room = InScoring();
        room.SubmitReflection(Agent, "I should have asked about the date sooner.", Later);

        var first = room.SubmitRubric(Host, Scores(4, 3, null), Later);
        Assert.Equal(DrillPhase.Scoring, room.State.Phase);
        Assert.DoesNotContain(first, e => e.Event is DebriefPublished);

        var last = room.SubmitRubric(Scorer, Scores(5, 4, 2), Later.AddMinutes(1));

        Assert.Equal(3, last.Count);
        var published = Assert.IsType<DebriefPublished>(last[2].Event);
        Assert.Null(last[2].Audience.OnlyPlayers);
        Assert.False(published.Debrief.ClosedEarly);
        Assert.Equal(DrillPhase.Debrief, room.State.Phase);
        Assert.Same(published.Debrief, room.State.LastDebrief);
        Assert.Equal(1, room.State.FinishedDrills);
    }

    [Fact]
    public void the_debrief_holds_consensus_overall_outcome_anger_curve_transcript_and_tags()
    {
        var room = OnCall();
        room.PostMessage(Customer, "It is late again.", StartedAt.AddSeconds(10));
        room.SetAnger(Customer, 7, StartedAt.AddSeconds(11));
        room.PostMessage(Agent, "I hear you, that is frustrating.", StartedAt.AddSeconds(20));
        room.SetAnger(Customer, 3, StartedAt.AddSeconds(21));
        room.Tag(Scorer, 2, "empathy", TagPolarity.Plus, StartedAt.AddSeconds(22));
        room.Tag(Host, 2, "listening", TagPolarity.Minus, StartedAt.AddSeconds(23));
        room.EndCall(Customer, CallOutcome.Escalated, StartedAt.AddMinutes(3));
        room.SubmitReflection(Agent, "I should have asked about the date sooner.", StartedAt.AddMinutes(3));
        room.SubmitRubric(Host, Scores(4, 3, null), Later);
        room.SubmitRubric(Scorer, Scores(5, 4, 2), Later);

        var debrief = room.GetDebrief(Customer, 1);

        Assert.Equal((CallOutcome.Escalated, StartedAt, StartedAt.AddMinutes(3)), (debrief.Outcome, debrief.StartedAt, debrief.EndedAt));
        Assert.Equal([(4, 0), (7, 1), (3, 2)], debrief.AngerCurve.Select(p => (p.Level, p.AfterMessage)));
        Assert.Equal(["It is late again.", "I hear you, that is frustrating."], debrief.Transcript.Select(m => m.Text));
        Assert.Equal([("Sam", "empathy", TagPolarity.Plus), ("Hana", "listening", TagPolarity.Minus)],
            debrief.Tags.Select(t => (t.ScorerName, t.Technique, t.Polarity)));
        Assert.Equal([4.5, 3.5, 2.0], debrief.Consensus.Select(c => c.Consensus!.Value));
        Assert.Equal(1, debrief.Consensus.Single(c => c.CriterionId == "boundaries").NotApplicable);
        Assert.Equal(3.33, debrief.OverallScore);
        Assert.Equal(2, debrief.Rubrics.Count);
        Assert.Equal([("Hana", DrillRole.Scorer), ("Carla", DrillRole.Customer), ("Abel", DrillRole.Agent), ("Sam", DrillRole.Scorer)],
            debrief.Participants.Select(p => (p.Name, p.Role)));
    }

    [Fact]
    public void closing_scoring_with_sheets_missing_publishes_a_debrief_marked_closed_early()
    {
        var room = InScoring();
        room.SubmitRubric(Scorer, Scores(5, 4, null), Later);

        var published = Assert.IsType<DebriefPublished>(Assert.Single(room.CloseScoring(Host, Later)).Event);

        Assert.True(published.Debrief.ClosedEarly);
        Assert.Equal(DrillPhase.Debrief, room.State.Phase);
        Assert.Equal([5.0, 4.0], published.Debrief.Consensus.Take(2).Select(c => c.Consensus!.Value));
        Assert.Null(published.Debrief.Consensus[2].Consensus);
        Assert.Equal(4.5, published.Debrief.OverallScore);
    }

    [Fact]
    public void closing_scoring_before_anyone_submitted_gives_a_debrief_without_scores()
    {
        var room = InScoring();

        var published = Assert.IsType<DebriefPublished>(Assert.Single(room.CloseScoring(Host, Later)).Event);

        Assert.True(published.Debrief.ClosedEarly);
        Assert.All(published.Debrief.Consensus, c => Assert.Null(c.Consensus));
        Assert.Null(published.Debrief.OverallScore);
    }

    [Fact]
    public void the_call_does_not_expire_before_its_time()
    {
        var room = OnCall();
        var seq = room.State.Seq;

        Assert.Empty(room.ExpireCall(StartedAt + CallLimit - TimeSpan.FromTicks(1)));

        Assert.Equal(DrillPhase.Call, room.State.Phase);
        Assert.Equal(seq, room.State.Seq);
    }

    [Fact]
    public void the_call_ends_as_timed_out_once_its_time_is_up()
    {
        var room = OnCall();
        var endsAt = StartedAt + CallLimit;

        var ended = Assert.IsType<CallEnded>(Assert.Single(room.ExpireCall(endsAt.AddSeconds(5))).Event);

        Assert.Equal((CallOutcome.TimedOut, ""), (ended.Outcome, ended.EndedBy));
        Assert.Equal(DrillPhase.Scoring, room.State.Phase);
        Assert.Equal(endsAt.AddSeconds(5), room.State.Current!.EndedAt);
    }

    [Fact]
    public void expiring_does_nothing_outside_a_call()
    {
        var lobby = Lobby();
        var scoring = InScoring();
        var seq = scoring.State.Seq;

        Assert.Empty(lobby.ExpireCall(StartedAt.AddDays(1)));
        Assert.Empty(scoring.ExpireCall(StartedAt.AddDays(1)));
        Assert.Equal(CallOutcome.Resolved, scoring.State.Current!.Outcome);
        Assert.Equal(seq, scoring.State.Seq);
    }

    [Fact]
    public void history_lists_each_finished_drill_with_the_viewers_role()
    {
        var room = InDebrief();

        DrillSummary[] finished = [DrillSummary.Of(room.State.LastDebrief!, Later)];

        var agentLine = Assert.Single(room.HistoryFor(Agent, finished));
        var scorerLine = Assert.Single(room.HistoryFor(Scorer, finished));

        Assert.Equal((Code, 1, "The parcel that never came", DrillRole.Agent, "Abel", CallOutcome.Resolved),
            (agentLine.RoomCode, agentLine.DrillNumber, agentLine.CardTitle, agentLine.MyRole, agentLine.AgentName, agentLine.Outcome));
        Assert.Equal(DrillRole.Scorer, scorerLine.MyRole);
        Assert.Equal(3.33, agentLine.OverallScore);
    }

    [Fact]
    public void the_debrief_waits_for_the_agents_reflection_and_shows_it()
    {
        var room = InScoring();
        room.SubmitRubric(Host, Scores(4, 3, null), Later);
        var last = room.SubmitRubric(Scorer, Scores(5, 4, 2), Later);
        Assert.DoesNotContain(last, e => e.Event is DebriefPublished);
        Assert.Equal(DrillPhase.Scoring, room.State.Phase);
        Assert.False(room.SnapshotFor(Scorer).ReflectionWritten);

        var reflected = room.SubmitReflection(Agent, "  I jumped to a refund\n before asking what she needed. ", Later.AddMinutes(1));

        Assert.IsType<ReflectionRecorded>(reflected[0].Event);
        Assert.Equal([Agent], reflected[0].Audience.OnlyPlayers);
        Assert.IsType<ReflectionWritten>(reflected[1].Event);
        Assert.Null(reflected[1].Audience.OnlyPlayers);
        var debrief = Assert.IsType<DebriefPublished>(reflected[^1].Event).Debrief;
        Assert.Equal("I jumped to a refund before asking what she needed.", debrief.Reflection);
        Assert.False(debrief.ClosedEarly);
    }

    [Fact]
    public void the_reflection_text_stays_hidden_until_the_debrief()
    {
        var room = InScoring();
        var events = room.SubmitReflection(Agent, "I rushed the opening.", Later);

        var written = Assert.IsType<ReflectionWritten>(Assert.Single(events, e => e.Audience.OnlyPlayers is null).Event);
        Assert.Equal("Abel", written.AgentName);
        Assert.DoesNotContain("rushed", MessagePack.MessagePackSerializer.SerializeToJson<RoomEvent>(written));
        Assert.True(room.SnapshotFor(Scorer).ReflectionWritten);
        var own = Assert.Single(events, e => e.Event is ReflectionRecorded); // the agent's own words echo to the agent alone
        Assert.Equal([Agent], own.Audience.OnlyPlayers);
        Assert.DoesNotContain(room.EventsFor(Scorer, 0), e => e is ReflectionRecorded);
        Assert.DoesNotContain(room.EventsFor(Customer, 0), e => e is ReflectionRecorded);
    }

    [Theory]
    [InlineData(Scorer, "Only the agent writes the reflection.")]
    [InlineData(Customer, "Only the agent writes the reflection.")]
    public void only_the_agent_writes_the_reflection(string who, string message)
    {
        var room = InScoring();
        AssertRefused(room, message, () => room.SubmitReflection(who, "Not mine to write.", Later));
    }

    [Fact]
    public void a_reflection_must_be_one_short_line_written_once_during_scoring()
    {
        var call = OnCall();
        AssertRefused(call, "You can write your reflection only during scoring; the room is in the call.", () => call.SubmitReflection(Agent, "Early.", Later));

        var room = InScoring();
        AssertRefused(room, "The reflection is empty: one line on how the call went.", () => room.SubmitReflection(Agent, " \u0007 ", Later));
        AssertRefused(room, "The reflection is 281 characters long; keep it to one line of at most 280.", () => room.SubmitReflection(Agent, new string('r', 281), Later));
        room.SubmitReflection(Agent, "Fine.", Later);
        AssertRefused(room, "You have already written your reflection for this drill.", () => room.SubmitReflection(Agent, "Again.", Later));
    }

    [Fact]
    public void scoring_closes_by_itself_when_its_time_is_up()
    {
        var room = InScoring();
        room.SubmitRubric(Host, Scores(4, 3, null), Later);
        var endsAt = room.State.Current!.ScoringEndsAt!.Value;

        Assert.Empty(room.ExpireScoring(endsAt.AddSeconds(-1)));
        var closed = room.ExpireScoring(endsAt);

        var debrief = Assert.IsType<DebriefPublished>(Assert.Single(closed).Event).Debrief;
        Assert.True(debrief.ClosedEarly);
        Assert.Single(debrief.Rubrics);
        Assert.Null(debrief.Reflection);
    }

    [Fact]
    public void fidelity_ratings_go_back_to_their_scorer_alone_and_into_the_debrief()
    {
        var room = InScoring();
        var rated = room.RateFidelity(Scorer, 2, Later);
        room.RateFidelity(Scorer, 4, Later); // a scorer may change their mind before the reveal
        room.RateFidelity(Host, 5, Later);

        Assert.Equal([Scorer], rated.Single().Audience.OnlyPlayers!);
        AssertRefused(room, "Fidelity goes from 1 to 5; 6 is out of range.", () => room.RateFidelity(Scorer, 6, Later));
        AssertRefused(room, "Only this drill's scorers rate the customer's fidelity to the card.", () => room.RateFidelity(Agent, 3, Later));

        room.SubmitReflection(Agent, "Ok.", Later);
        room.SubmitRubric(Host, Scores(4, 3, null), Later);
        room.SubmitRubric(Scorer, Scores(5, 4, 2), Later);
        var debrief = room.State.LastDebrief!;
        Assert.Equal([("Sam", 4), ("Hana", 5)], debrief.Fidelity.Select(f => (f.ScorerName, f.Score)));
    }
}
