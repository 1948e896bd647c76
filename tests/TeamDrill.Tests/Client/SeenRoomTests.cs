using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using Xunit;

namespace TeamDrill.Tests.Client;

public class SeenRoomTests
{
    private static SeenRoom Lobby(string me = "p-ana") => SeenRoom.FromSnapshot(SampleRoom.Lobby(seq: 3), me);

    private static SeenRoom InCall(string me = "p-ana") =>
        Lobby(me).Apply(SampleRoom.Roles(4)).Apply(SampleRoom.Started(5));

    [Fact]
    public void snapshot_sets_members_host_phase_and_last_seq()
    {
        var state = Lobby();

        Assert.Equal(SampleRoom.Code, state.Code);
        Assert.Equal(3, state.LastSeq);
        Assert.Equal(DrillPhase.Lobby, state.Phase);
        Assert.Equal(["Ana", "Ben", "Cy"], state.Members.Select(m => m.Name));
        Assert.True(state.IAmHost);
        Assert.Equal("Ana", state.Host?.Name);
    }

    [Fact]
    public void snapshot_replaces_everything_the_state_knew()
    {
        var midCall = InCall().Apply(SampleRoom.Message(6, 1, SampleRoom.Ana(DrillRole.Customer), "hello"));
        var fresh = new RoomSnapshot
        {
            Code = SampleRoom.Code,
            Seq = 40,
            HostId = "p-ben",
            Phase = DrillPhase.Debrief,
            Members = [SampleRoom.Ben()],
            DrillNumber = 2,
            Debrief = SampleRoom.Debrief(),
            Transcript = [new TranscriptMessage { Number = 7, Text = "later" }],
        };

        var state = midCall.Apply(fresh);

        Assert.Equal(40, state.LastSeq);
        Assert.Equal(DrillPhase.Debrief, state.Phase);
        Assert.Equal(["Ben"], state.Members.Select(m => m.Name));
        Assert.Equal("p-ben", state.HostId);
        Assert.False(state.IAmHost);
        Assert.True(state.Members.Single().IsHost);
        Assert.Equal([7], state.Transcript.Select(m => m.Number));
        Assert.Null(state.Brief);
        Assert.NotNull(state.Debrief);
    }

    [Fact]
    public void a_cancelled_drill_leaves_the_call_and_keeps_the_reason_to_show()
    {
        const string reason = "This drill was cancelled: its league round did not start.";

        var state = InCall().Apply(new DrillCancelled { Seq = 6, Message = reason });

        Assert.Equal((DrillPhase.Lobby, reason, 6L), (state.Phase, state.Cancelled, state.LastSeq));
        Assert.Null(state.Card);
    }

    [Fact]
    public void member_joined_adds_a_member_and_moves_last_seq()
    {
        var state = Lobby().Apply(SampleRoom.Joined(4, SampleRoom.Member("p-dee", "Dee")));

        Assert.Equal(["Ana", "Ben", "Cy", "Dee"], state.Members.Select(m => m.Name));
        Assert.Equal(4, state.LastSeq);
    }

    [Fact]
    public void member_joined_again_replaces_the_member_instead_of_duplicating()
    {
        var state = Lobby().Apply(SampleRoom.Joined(4, SampleRoom.Member("p-ben", "Benjamin")));

        Assert.Equal(["Ana", "Benjamin", "Cy"], state.Members.Select(m => m.Name));
    }

    [Fact]
    public void member_left_removes_the_member_and_hands_over_the_host()
    {
        var state = Lobby("p-ben").Apply(new MemberLeft { Seq = 4, PlayerId = "p-ana", Name = "Ana", HostId = "p-ben" });

        Assert.Equal(["Ben", "Cy"], state.Members.Select(m => m.Name));
        Assert.Equal("p-ben", state.HostId);
        Assert.True(state.IAmHost);
        Assert.True(state.FindMember("p-ben")!.IsHost);
    }

    [Fact]
    public void roles_assigned_sets_named_roles_and_makes_everyone_else_a_scorer()
    {
        var withDee = Lobby().Apply(SampleRoom.Joined(4, SampleRoom.Member("p-dee", "Dee")));
        var state = withDee.Apply(new RolesAssigned
        {
            Seq = 5,
            Members = [SampleRoom.Ana(DrillRole.Customer), SampleRoom.Ben(DrillRole.Agent)],
        });

        Assert.Equal(DrillRole.Customer, state.MyRole);
        Assert.Equal(DrillRole.Agent, state.FindMember("p-ben")!.Role);
        Assert.Equal(DrillRole.Scorer, state.FindMember("p-cy")!.Role);
        Assert.Equal(DrillRole.Scorer, state.FindMember("p-dee")!.Role);
        Assert.Equal(2, state.ScorerCount);
        Assert.True(state.FindMember("p-ana")!.IsHost);
    }

    [Fact]
    public void drill_started_opens_the_call_with_brief_rubric_anger_and_an_empty_transcript()
    {
        var state = InCall();

        Assert.Equal(DrillPhase.Call, state.Phase);
        Assert.Equal(1, state.DrillNumber);
        Assert.Equal("Charged twice for one order", state.Brief?.Title);
        Assert.Equal(6, state.Anger);
        Assert.Equal([6], state.AngerCurve.Select(p => p.Level));
        Assert.Equal(["empathy", "active-listening", "ownership"], state.Rubric.Select(c => c.Id));
        Assert.Equal(SampleRoom.T0.AddMinutes(10), state.CallEndsAt);
        Assert.Empty(state.Transcript);
        Assert.Null(state.Card);
    }

    [Fact]
    public void a_new_drill_forgets_the_last_drills_card_transcript_tags_scores_and_debrief()
    {
        var finished = InCall("p-cy")
            .Apply(SampleRoom.CardDealt(6))
            .Apply(SampleRoom.Message(7, 1, SampleRoom.Ben(DrillRole.Agent), "hi"))
            .Apply(SampleRoom.Tag(8, 1, "empathy", TagPolarity.Plus))
            .Apply(SampleRoom.Ended(9, CallOutcome.Resolved))
            .Apply(SampleRoom.Submitted(10, SampleRoom.Cy(), 1, 1))
            .Apply(SampleRoom.Recorded(11))
            .Apply(SampleRoom.DebriefOut(12));

        var next = finished.Apply(SampleRoom.Started(13, drill: 2));

        Assert.Equal(2, next.DrillNumber);
        Assert.Equal(DrillPhase.Call, next.Phase);
        Assert.Null(next.Card);
        Assert.Empty(next.Transcript);
        Assert.Empty(next.Tags);
        Assert.Empty(next.SubmittedScorerIds);
        Assert.Null(next.MyRubric);
        Assert.Null(next.Debrief);
        Assert.Equal(CallOutcome.None, next.Outcome);
    }

    [Fact]
    public void customer_card_dealt_gives_the_customer_the_whole_card()
    {
        var state = InCall().Apply(SampleRoom.CardDealt(6));

        Assert.Equal(["Hidden facts", "What calms you"], state.Card!.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void a_card_for_another_drill_is_ignored()
    {
        var state = InCall().Apply(SampleRoom.CardDealt(6, drill: 7));

        Assert.Null(state.Card);
        Assert.Equal(6, state.LastSeq);
    }

    [Fact]
    public void messages_are_appended_in_order_with_sender_and_role()
    {
        var state = InCall()
            .Apply(SampleRoom.Message(6, 1, SampleRoom.Ana(DrillRole.Customer), "I was charged twice"))
            .Apply(SampleRoom.Message(7, 2, SampleRoom.Ben(DrillRole.Agent), "Let me fix that"));

        Assert.Equal([1, 2], state.Transcript.Select(m => m.Number));
        Assert.Equal(DrillRole.Agent, state.FindMessage(2)!.Role);
        Assert.Equal("Ben", state.FindMessage(2)!.SenderName);
    }

    [Fact]
    public void anger_changes_move_the_meter_and_extend_the_curve_at_the_message_count()
    {
        var state = InCall()
            .Apply(SampleRoom.Message(6, 1, SampleRoom.Ana(DrillRole.Customer), "angry"))
            .Apply(SampleRoom.Anger(7, 9, 6));

        Assert.Equal(9, state.Anger);
        Assert.Equal([6, 9], state.AngerCurve.Select(p => p.Level));
        Assert.Equal(1, state.AngerCurve[^1].AfterMessage);
    }

    [Fact]
    public void my_tags_are_kept()
    {
        var state = InCall("p-cy").Apply(SampleRoom.Tag(6, 2, "empathy", TagPolarity.Minus));

        var tag = Assert.Single(state.Tags);
        Assert.Equal((2, "empathy", TagPolarity.Minus), (tag.MessageNumber, tag.Technique, tag.Polarity));
    }

    [Fact]
    public void call_ended_moves_to_scoring_with_the_outcome()
    {
        var state = InCall().Apply(SampleRoom.Ended(6, CallOutcome.HungUp));

        Assert.Equal(DrillPhase.Scoring, state.Phase);
        Assert.Equal(CallOutcome.HungUp, state.Outcome);
        Assert.Equal("p-ana", state.EndedBy);
    }

    [Fact]
    public void rubric_submitted_counts_scorers_without_scores()
    {
        var state = InCall().Apply(SampleRoom.Ended(6, CallOutcome.Resolved)).Apply(SampleRoom.Submitted(7, SampleRoom.Cy(), 1, 2));

        Assert.Equal(["p-cy"], state.SubmittedScorerIds);
        Assert.Equal(2, state.ScorerCount);
        Assert.Null(state.MyRubric);
    }

    [Fact]
    public void rubric_recorded_is_my_own_sheet()
    {
        var state = InCall("p-cy").Apply(SampleRoom.Ended(6, CallOutcome.Resolved)).Apply(SampleRoom.Recorded(7));

        Assert.Equal(4, state.MyRubric!.Scores["empathy"]);
        Assert.Null(state.MyRubric.Scores["ownership"]);
    }

    [Fact]
    public void debrief_published_reveals_everyones_tags_and_the_curve()
    {
        var state = InCall("p-cy")
            .Apply(SampleRoom.Tag(6, 2, "empathy", TagPolarity.Plus))
            .Apply(SampleRoom.Ended(7, CallOutcome.Resolved))
            .Apply(SampleRoom.DebriefOut(8));

        Assert.Equal(DrillPhase.Debrief, state.Phase);
        Assert.Equal(4.5, state.Debrief!.OverallScore);
        Assert.Equal(["Cy", "Dee"], state.Tags.Select(t => t.ScorerName));
        Assert.Equal([6, 9, 2], state.AngerCurve.Select(p => p.Level));
        Assert.Equal(CallOutcome.Resolved, state.Outcome);
    }

    [Fact]
    public void an_event_already_applied_is_ignored_and_returns_the_same_state()
    {
        var state = InCall().Apply(SampleRoom.Message(6, 1, SampleRoom.Ana(DrillRole.Customer), "once"));

        var again = state.Apply(SampleRoom.Message(6, 1, SampleRoom.Ana(DrillRole.Customer), "once"));
        var older = state.Apply(SampleRoom.Anger(4, 10, 6));

        Assert.Same(state, again);
        Assert.Same(state, older);
        Assert.Single(state.Transcript);
        Assert.Equal(6, state.Anger);
    }

    [Fact]
    public void a_gap_in_sequence_numbers_is_normal_because_some_events_are_for_others()
    {
        // Seq 6 was the customer's card, which an agent never receives.
        var state = InCall("p-ben").Apply(SampleRoom.Message(7, 1, SampleRoom.Ana(DrillRole.Customer), "hello"));

        Assert.Equal(7, state.LastSeq);
        Assert.Single(state.Transcript);
    }

    [Fact]
    public void applying_returns_a_new_state_and_leaves_the_old_one_alone()
    {
        var before = InCall();
        var after = before.Apply(SampleRoom.Anger(6, 2, 6));

        Assert.Equal(6, before.Anger);
        Assert.Equal(2, after.Anger);
    }
}
