using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

/// <summary>After the call: the agent's two-part reflection and each scorer's one line of peer support.</summary>
public sealed class AfterCallTests
{
    private static readonly DateTimeOffset Later = StartedAt.AddMinutes(4);

    [Fact]
    public void the_debrief_shows_what_worked_and_what_the_agent_would_do_differently()
    {
        var room = InScoring();
        room.SubmitReflection(Agent, " I named the date\n back to her. ", "Ask for the order number first.", Later);
        room.SubmitRubric(Host, Scores(4, 3, null), Later);
        room.SubmitRubric(Scorer, Scores(5, 4, 2), Later);

        var debrief = room.State.LastDebrief!;
        Assert.Equal("I named the date back to her.", debrief.Reflection);
        Assert.Equal("Ask for the order number first.", debrief.ReflectionDoDifferently);
    }

    [Fact]
    public void either_part_alone_is_a_reflection_the_debrief_can_wait_for()
    {
        var room = InScoring();
        room.SubmitRubric(Host, Scores(4, 3, null), Later);
        room.SubmitRubric(Scorer, Scores(5, 4, 2), Later);

        var events = room.SubmitReflection(Agent, "", "Slow down at the start.", Later);

        var debrief = Assert.IsType<DebriefPublished>(events[^1].Event).Debrief;
        Assert.Null(debrief.Reflection);
        Assert.Equal("Slow down at the start.", debrief.ReflectionDoDifferently);
    }

    [Fact]
    public void a_one_line_reflection_is_what_worked()
    {
        var room = InDebrief();

        Assert.Equal("I should have asked about the date sooner.", room.State.LastDebrief!.Reflection);
        Assert.Null(room.State.LastDebrief.ReflectionDoDifferently);
    }

    [Fact]
    public void a_reflection_with_both_parts_empty_or_a_part_too_long_is_refused_and_changes_nothing()
    {
        var room = InScoring();

        AssertRefused(room, "The reflection is empty: write what worked, what you would do differently, or both.",
            () => room.SubmitReflection(Agent, " ", "\u0007", Later));
        AssertRefused(room, "What worked is 281 characters long; keep it to at most 280.",
            () => room.SubmitReflection(Agent, new string('w', 281), "Fine.", Later));
        AssertRefused(room, "What you would do differently is 281 characters long; keep it to at most 280.",
            () => room.SubmitReflection(Agent, "Fine.", new string('d', 281), Later));
        room.SubmitReflection(Agent, "Fine.", "", Later);
        AssertRefused(room, "You have already written your reflection for this drill.",
            () => room.SubmitReflection(Agent, "", "Again.", Later));
    }

    [Fact]
    public void a_scorers_line_of_support_reaches_the_debrief_with_their_name()
    {
        var room = InScoring();
        room.SubmitSupport(Scorer, "You said sorry before you said anything else.", Later);
        room.SubmitReflection(Agent, "Fine.", Later);
        room.SubmitRubric(Host, Scores(4, 3, null), Later);
        room.SubmitRubric(Scorer, Scores(5, 4, 2), Later);

        var line = Assert.Single(room.State.LastDebrief!.SupportLines);
        Assert.Equal(("Sam", "You said sorry before you said anything else."), (line.ScorerName, line.Text));
    }

    [Fact]
    public void the_debrief_does_not_wait_for_support()
    {
        var room = InScoring();
        room.SubmitReflection(Agent, "Fine.", Later);
        room.SubmitRubric(Host, Scores(4, 3, null), Later);

        var last = room.SubmitRubric(Scorer, Scores(5, 4, 2), Later);

        Assert.Empty(Assert.IsType<DebriefPublished>(last[^1].Event).Debrief.SupportLines);
    }

    [Fact]
    public void the_support_text_goes_to_its_scorer_alone_and_everyone_hears_only_that_it_was_written()
    {
        var room = InScoring();

        var events = room.SubmitSupport(Scorer, "Naming the date calmed her.", Later);

        var own = Assert.Single(events, e => e.Event is SupportRecorded);
        Assert.Equal([Scorer], own.Audience.OnlyPlayers);
        var written = Assert.IsType<SupportWritten>(Assert.Single(events, e => e.Audience.OnlyPlayers is null).Event);
        Assert.Equal("Sam", written.ScorerName);
        Assert.DoesNotContain("calmed", MessagePack.MessagePackSerializer.SerializeToJson<RoomEvent>(written));
        Assert.DoesNotContain(room.EventsFor(Agent, 0), e => e is SupportRecorded);
        Assert.DoesNotContain(room.EventsFor(Host, 0), e => e is SupportRecorded);
        Assert.Equal("Naming the date calmed her.", room.SnapshotFor(Scorer).MySupportLine);
        Assert.Null(room.SnapshotFor(Host).MySupportLine);
        Assert.Null(room.SnapshotFor(Agent).MySupportLine);
    }

    [Theory]
    [InlineData(Agent)]
    [InlineData(Customer)]
    public void only_this_drills_scorers_leave_a_line_of_support(string who)
    {
        var room = InScoring();

        AssertRefused(room, "Only this drill's scorers leave a line of support for the agent.", () => room.SubmitSupport(who, "Well done.", Later));
    }

    [Fact]
    public void support_is_one_short_line_once_per_scorer_during_scoring()
    {
        var call = OnCall();
        AssertRefused(call, "You can leave a line of support only during scoring; the room is in the call.", () => call.SubmitSupport(Scorer, "Early.", Later));

        var room = InScoring();
        AssertRefused(room, "The line of support is empty: one thing the agent did that helped.", () => room.SubmitSupport(Scorer, " \u0007 ", Later));
        AssertRefused(room, "The line of support is 161 characters long; keep it to one line of at most 160.",
            () => room.SubmitSupport(Scorer, new string('s', 161), Later));
        room.SubmitSupport(Scorer, "Your apology sounded meant.", Later);
        AssertRefused(room, "You have already left your line of support for this drill.", () => room.SubmitSupport(Scorer, "And another.", Later));

        var debrief = InDebrief();
        AssertRefused(debrief, "You can leave a line of support only during scoring; the room is in the debrief.",
            () => debrief.SubmitSupport(Scorer, "Late.", Later));
    }

    [Fact]
    public void a_room_replayed_from_its_journal_has_the_reflection_and_the_support()
    {
        var room = InScoring();
        var replayed = MessagePack.MessagePackSerializer.Deserialize<RoomState>(MessagePack.MessagePackSerializer.Serialize(room.State));
        room.SubmitSupport(Host, "You kept your voice level.", Later);
        room.SubmitReflection(Agent, "Named the date.", "Ask sooner.", Later);

        foreach (var stored in room.Tail.After(replayed.Seq))
        {
            RoomTransitions.Apply(replayed, stored.Event);
        }

        Assert.Equal("Ask sooner.", replayed.Current!.ReflectionDoDifferently);
        Assert.Equal("You kept your voice level.", Assert.Single(replayed.Current.SupportLines).Text);
        Assert.Equal(MessagePack.MessagePackSerializer.Serialize(room.State), MessagePack.MessagePackSerializer.Serialize(replayed));
    }
}
