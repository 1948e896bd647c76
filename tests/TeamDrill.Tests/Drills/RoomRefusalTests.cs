using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

/// <summary>Bad input gets its own message and leaves the room exactly as it was.</summary>
public sealed class RoomRefusalTests
{
    private static readonly DateTimeOffset Later = StartedAt.AddMinutes(2);

    [Fact]
    public void a_second_agent_is_refused()
    {
        var room = Lobby();

        AssertRefused(room, "Abel is already the agent; there can be only one. Make Abel a scorer first.",
            () => room.AssignRole(Host, "Sam", DrillRole.Agent, Later));
    }

    [Fact]
    public void a_second_customer_is_refused()
    {
        var room = Lobby();

        AssertRefused(room, "Carla is already the customer; there can be only one. Make Carla a scorer first.",
            () => room.AssignRole(Host, Scorer, DrillRole.Customer, Later));
    }

    [Fact]
    public void a_role_for_an_unknown_player_is_refused()
    {
        var room = Lobby();

        AssertRefused(room, "Nobody called 'Zed' is in room K7QX2M.", () => room.AssignRole(Host, "Zed\u001b", DrillRole.Agent, Later));
    }

    [Fact]
    public void a_role_other_than_customer_agent_scorer_or_watcher_is_refused()
    {
        var room = Lobby();

        AssertRefused(room, "A role must be customer, agent, scorer or watcher.", () => room.AssignRole(Host, "Sam", (DrillRole)42, Later));
    }

    [Fact]
    public void a_watcher_neither_plays_nor_scores()
    {
        var room = Lobby();
        room.AssignRole(Host, "Sam", DrillRole.None, Later);
        room.AssignRole(Host, "Hana", DrillRole.Scorer, Later);
        room.StartDrill(Host, _ => Card(), CallLimit, Later);

        Assert.DoesNotContain(Scorer, room.State.Current!.ScorerIds);
        AssertRefused(room, "Only the customer and the agent speak on the call; scorers watch and tag.", () => room.PostMessage(Scorer, "hi", Later));
    }

    [Fact]
    public void a_message_over_1000_characters_after_cleaning_is_refused()
    {
        var room = OnCall();

        AssertRefused(room, "The message is 1001 characters long; the limit is 1000.",
            () => room.PostMessage(Agent, new string('a', 1001), Later));
    }

    [Fact]
    public void the_length_limit_counts_the_cleaned_text()
    {
        var room = OnCall();
        var padded = "\u001b\u200b\u202e" + new string('a', 1000) + "\u0007 \n";

        var posted = Assert.IsType<MessagePosted>(Assert.Single(room.PostMessage(Agent, padded, Later)).Event);

        Assert.Equal(new string('a', 1000), posted.Message.Text);
    }

    [Fact]
    public void an_empty_message_is_refused()
    {
        var room = OnCall();

        AssertRefused(room, "The message is empty.", () => room.PostMessage(Customer, "", Later));
        AssertRefused(room, "The message is empty.", () => room.PostMessage(Customer, " \t\u001b\u200b\r\n ", Later));
    }

    [Fact]
    public void anger_out_of_range_is_refused()
    {
        var room = OnCall();

        AssertRefused(room, "Anger goes from 0 to 10; 11 is out of range.", () => room.SetAnger(Customer, 11, Later));
        AssertRefused(room, "Anger goes from 0 to 10; -1 is out of range.", () => room.SetAnger(Customer, -1, Later));
    }

    [Fact]
    public void the_ends_of_the_anger_meter_are_allowed()
    {
        var room = OnCall();

        room.SetAnger(Customer, 0, Later);
        room.SetAnger(Customer, 10, Later);

        Assert.Equal([4, 0, 10], room.State.Current!.AngerCurve.Select(p => p.Level));
    }

    [Fact]
    public void a_score_out_of_range_is_refused()
    {
        var room = InScoring();

        AssertRefused(room, "The score for listening is 6; scores go from 1 to 5 (or N/A where allowed).",
            () => room.SubmitRubric(Scorer, Scores(6, 3, 3), Later));
        AssertRefused(room, "The score for empathy is 0; scores go from 1 to 5 (or N/A where allowed).",
            () => room.SubmitRubric(Scorer, Scores(3, 0, 3), Later));
    }

    [Fact]
    public void an_unknown_criterion_is_refused()
    {
        var room = InScoring();
        var scores = Scores(3, 3, 3);
        scores["charm"] = 4;

        AssertRefused(room, "'charm' is not a rubric criterion; the criteria are: listening, empathy, boundaries.",
            () => room.SubmitRubric(Scorer, scores, Later));
    }

    [Fact]
    public void a_sheet_missing_a_criterion_is_refused()
    {
        var room = InScoring();

        AssertRefused(room, "Scores are missing for: empathy, boundaries.",
            () => room.SubmitRubric(Scorer, new Dictionary<string, int?> { ["listening"] = 3 }, Later));
    }

    [Fact]
    public void not_applicable_is_refused_where_the_criterion_does_not_allow_it()
    {
        var room = InScoring();

        AssertRefused(room, "empathy cannot be N/A: give it a score from 1 to 5.", () => room.SubmitRubric(Scorer, Scores(3, null, 3), Later));
    }

    [Fact]
    public void a_second_submission_from_the_same_scorer_is_refused()
    {
        var room = InScoring();
        room.SubmitRubric(Scorer, Scores(3, 3, 3), Later);

        AssertRefused(room, "You have already submitted your scores for this drill.", () => room.SubmitRubric(Scorer, Scores(5, 5, 5), Later));
        Assert.Equal(3, room.State.Current!.Rubrics.Single().Scores["listening"]);
    }

    [Fact]
    public void a_drill_without_a_customer_does_not_start()
    {
        var room = Lobby();
        room.AssignRole(Host, "Carla", DrillRole.Scorer, Later);

        AssertRefused(room, "Nobody is the customer yet: assign roles first (/role or /auto).",
            () => room.StartDrill(Host, _ => Card(), CallLimit, Later));
    }

    [Fact]
    public void a_drill_without_an_agent_does_not_start()
    {
        var room = Lobby();
        room.AssignRole(Host, "Abel", DrillRole.Scorer, Later);

        AssertRefused(room, "Nobody is the agent yet: assign roles first (/role or /auto).",
            () => room.StartDrill(Host, _ => Card(), CallLimit, Later));
    }

    [Fact]
    public void a_drill_without_a_scorer_does_not_start()
    {
        var room = Room.Create(Code, Host, "Hana", T0);
        room.Join(Agent, "Abel", T0, MaxMembers);
        room.AssignRole(Host, "Hana", DrillRole.Customer, T0);
        room.AssignRole(Host, "Abel", DrillRole.Agent, T0);

        AssertRefused(room, "A drill needs at least one scorer.", () => room.StartDrill(Host, _ => Card(), CallLimit, Later));
    }

    [Fact]
    public void an_unknown_card_refused_by_the_picker_starts_nothing()
    {
        var room = Lobby();

        AssertRefused(room, "There is no card 'no-such-card'.",
            () => room.StartDrill(Host, _ => throw new DrillRuleException("There is no card 'no-such-card'."), CallLimit, Later));
        Assert.Null(room.State.Current);
        Assert.Empty(room.State.PlayedCardIds);
    }

    [Fact]
    public void the_customer_and_the_agent_cannot_leave_during_the_call()
    {
        var room = OnCall();

        AssertRefused(room, "You are on the call: end it before you leave the room.", () => room.Leave(Customer, Later));
        AssertRefused(room, "You are on the call: end it before you leave the room.", () => room.Leave(Agent, Later));
    }

    [Fact]
    public void an_outcome_other_than_resolved_escalated_or_hung_up_is_refused()
    {
        var room = OnCall();

        AssertRefused(room, "The call ends as resolved, escalated or hungup.", () => room.EndCall(Customer, CallOutcome.TimedOut, Later));
        AssertRefused(room, "The call ends as resolved, escalated or hungup.", () => room.EndCall(Customer, CallOutcome.None, Later));
    }

    [Fact]
    public void auto_assignment_needs_three_members()
    {
        var room = Room.Create(Code, Host, "Hana", T0);
        room.Join(Agent, "Abel", T0, MaxMembers);

        AssertRefused(room, "A drill needs at least 3 members (a customer, an agent and a scorer); this room has 2.",
            () => room.AutoAssign(Host, new Random(3), Later));
    }

    [Fact]
    public void a_full_room_refuses_one_more_member()
    {
        var room = Lobby();

        AssertRefused(room, "Room K7QX2M is full (4 members).", () => room.Join(Stranger, "Zed", Later, maxMembers: 4));
    }

    [Fact]
    public void a_name_with_nothing_visible_is_refused_at_the_door()
    {
        var room = Lobby();

        AssertRefused(room, "A display name needs at least one visible character.", () => room.Join(Stranger, "\u001b\u200b \t", Later, MaxMembers));
    }

    [Fact]
    public void asking_for_a_debrief_that_does_not_exist_is_refused()
    {
        var room = InDebrief();

        AssertRefused(room, "Room K7QX2M has no finished drill 2.", () => room.GetDebrief(Agent, 2));
    }
}
