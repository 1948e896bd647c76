using MessagePack;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

/// <summary>Who sees what: the card stays with the customer, tags and rubrics with their scorer until the debrief.</summary>
public sealed class RoomVisibilityTests
{
    private static readonly DateTimeOffset Later = StartedAt.AddMinutes(2);

    [Fact]
    public void the_whole_card_is_dealt_to_the_customer_alone()
    {
        var room = Lobby();

        var events = room.StartDrill(Host, _ => Card(), CallLimit, StartedAt);

        Assert.Equal(2, events.Count);
        Assert.IsType<DrillStarted>(events[0].Event);
        Assert.Null(events[0].Audience.OnlyPlayers);
        var dealt = Assert.IsType<CustomerCardDealt>(events[1].Event);
        Assert.Equal([Customer], events[1].Audience.OnlyPlayers!);
        Assert.Equal(HiddenLine, dealt.Card.Sections.Single().Lines.Single());
    }

    [Fact]
    public void everyone_gets_the_public_brief_when_the_drill_starts()
    {
        var room = OnCall();

        var started = Assert.IsType<DrillStarted>(room.EventsFor(Agent, 6).First());

        Assert.Equal(("Mrs Okafor", "Where is my parcel?", 4), (started.Brief.CustomerName, started.Brief.OpeningLine, started.StartingAnger));
        Assert.Equal(["listening", "empathy", "boundaries"], started.Rubric.Select(c => c.Id));
    }

    [Theory]
    [InlineData(Agent)]
    [InlineData(Host)]
    [InlineData(Scorer)]
    public void nobody_but_the_customer_ever_receives_the_private_card(string playerId)
    {
        var room = InDebrief();

        var received = room.EventsFor(playerId, 0);

        Assert.DoesNotContain(received, e => e is CustomerCardDealt);
        Assert.DoesNotContain(HiddenLine, MessagePackSerializer.SerializeToJson(received.ToList()));
        Assert.DoesNotContain(HiddenLine, MessagePackSerializer.SerializeToJson(room.SnapshotFor(playerId)));
    }

    [Fact]
    public void the_customer_receives_the_card_among_their_events()
    {
        var room = OnCall();

        var dealt = Assert.IsType<CustomerCardDealt>(room.EventsFor(Customer, 7).Single());

        Assert.Equal(1, dealt.DrillNumber);
        Assert.Equal(HiddenLine, dealt.Card.Sections.Single().Lines.Single());
    }

    [Fact]
    public void a_tag_is_seen_by_its_scorer_alone_until_the_debrief()
    {
        var room = InScoring();

        var stored = Assert.Single(room.Tag(Scorer, 2, "empathy", TagPolarity.Plus, Later));

        Assert.Equal([Scorer], stored.Audience.OnlyPlayers!);
        Assert.Contains(room.EventsFor(Scorer, 11), e => e is MessageTagged);
        Assert.Empty(room.EventsFor(Host, 11));
        Assert.Empty(room.EventsFor(Agent, 11));
        Assert.Empty(room.EventsFor(Customer, 11));
    }

    [Fact]
    public void a_rubric_sheet_goes_back_to_its_scorer_alone_and_the_others_only_learn_that_it_was_submitted()
    {
        var room = InScoring();

        var events = room.SubmitRubric(Scorer, Scores(5, 4, null), Later);

        Assert.Equal(2, events.Count);
        var recorded = Assert.IsType<RubricRecorded>(events[0].Event);
        Assert.Equal([Scorer], events[0].Audience.OnlyPlayers!);
        Assert.Equal(5, recorded.Sheet.Scores["listening"]);
        var submitted = Assert.IsType<RubricSubmitted>(events[1].Event);
        Assert.Null(events[1].Audience.OnlyPlayers);
        Assert.Equal(("Sam", 1, 2), (submitted.ScorerName, submitted.SubmittedCount, submitted.ScorerCount));
        Assert.IsType<RubricSubmitted>(Assert.Single(room.EventsFor(Host, 11)));
    }

    [Fact]
    public void events_for_a_player_are_exactly_those_after_the_number_they_may_see_in_order()
    {
        var room = InScoring();
        room.Tag(Host, 2, "listening", TagPolarity.Plus, Later);

        Assert.Equal([7, 9, 10, 11], room.EventsFor(Agent, 6).Select(e => e.Seq));
        Assert.Equal([7, 8, 9, 10, 11], room.EventsFor(Customer, 6).Select(e => e.Seq));
        Assert.Equal([10, 11, 12], room.EventsFor(Host, 9).Select(e => e.Seq));
        Assert.Equal([10, 11], room.EventsFor(Scorer, 9).Select(e => e.Seq));
        Assert.Empty(room.EventsFor(Host, 12));
        Assert.Equal(Enumerable.Range(1, 12).Where(n => n != 8).Select(n => (long)n), room.EventsFor(Host, 0).Select(e => e.Seq));
    }

    [Fact]
    public void a_former_member_can_still_read_what_they_were_allowed_to_see()
    {
        var room = InScoring();
        room.Leave(Scorer, Later);

        Assert.Equal([11, 12], room.EventsFor(Scorer, 10).Select(e => e.Seq));
        Assert.Equal(DrillPhase.Scoring, room.SnapshotFor(Scorer).Phase);
    }

    [Fact]
    public void only_the_customer_snapshot_holds_the_card()
    {
        var room = OnCall();

        Assert.Equal(HiddenLine, room.SnapshotFor(Customer).Card!.Sections.Single().Lines.Single());
        Assert.Null(room.SnapshotFor(Agent).Card);
        Assert.Null(room.SnapshotFor(Host).Card);
        Assert.Null(room.SnapshotFor(Scorer).Card);
        Assert.Equal("Mrs Okafor", room.SnapshotFor(Agent).Brief!.CustomerName);
    }

    [Fact]
    public void a_scorer_snapshot_holds_their_own_rubric_and_nobody_elses()
    {
        var room = InScoring();
        room.SubmitRubric(Scorer, Scores(5, 4, null), Later);

        Assert.Equal(Scorer, room.SnapshotFor(Scorer).MyRubric!.ScorerId);
        Assert.Null(room.SnapshotFor(Host).MyRubric);
        Assert.Null(room.SnapshotFor(Agent).MyRubric);
        Assert.Null(room.SnapshotFor(Host).Debrief);
        Assert.Equal([Scorer], room.SnapshotFor(Agent).SubmittedScorerIds);
    }

    [Fact]
    public void a_snapshot_shows_only_your_own_tags_until_the_debrief_and_all_of_them_after()
    {
        var room = InScoring();
        room.Tag(Host, 2, "listening", TagPolarity.Plus, Later);
        room.Tag(Scorer, 2, "empathy", TagPolarity.Minus, Later);

        Assert.Equal(["listening"], room.SnapshotFor(Host).Tags.Select(t => t.Technique));
        Assert.Equal(["empathy"], room.SnapshotFor(Scorer).Tags.Select(t => t.Technique));
        Assert.Empty(room.SnapshotFor(Agent).Tags);

        room.SubmitReflection(Agent, "Too slow to own it.", Later);
        room.SubmitRubric(Host, Scores(4, 3, null), Later);
        room.SubmitRubric(Scorer, Scores(5, 4, 2), Later);

        Assert.Equal(["empathy", "listening"], room.SnapshotFor(Agent).Tags.Select(t => t.Technique).Order());
        Assert.Equal(2, room.SnapshotFor(Customer).Debrief!.Tags.Count);
    }

    [Fact]
    public void a_snapshot_is_numbered_with_the_last_event_it_includes()
    {
        var room = InScoring();

        var snapshot = room.SnapshotFor(Agent);

        Assert.Equal(11, snapshot.Seq);
        Assert.Equal([1, 2], snapshot.Transcript.Select(m => m.Number));
        Assert.Equal(CallOutcome.Resolved, snapshot.Outcome);
    }

    [Fact]
    public void the_debrief_carries_the_public_brief_but_never_the_private_card()
    {
        var room = InDebrief();

        var debrief = room.GetDebrief(Agent, 1);

        Assert.Equal("late-parcel", debrief.Brief.CardId);
        Assert.DoesNotContain(HiddenLine, MessagePackSerializer.SerializeToJson(debrief));
    }
}
