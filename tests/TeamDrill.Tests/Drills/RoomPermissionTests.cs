using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

/// <summary>Who may do what, in which phase; every refusal names the reason.</summary>
public sealed class RoomPermissionTests
{
    private static readonly DateTimeOffset Later = StartedAt.AddMinutes(2);

    [Fact]
    public void a_new_room_is_in_the_lobby_with_its_creator_as_host_and_scorer()
    {
        var room = Room.Create(Code, Host, "Hana", T0);

        Assert.Equal(DrillPhase.Lobby, room.State.Phase);
        Assert.Equal(Host, room.State.HostId);
        var hana = Assert.Single(room.State.Members);
        Assert.Equal(("Hana", DrillRole.Scorer), (hana.Name, hana.Role));
    }

    [Fact]
    public void only_the_host_assigns_roles()
    {
        var room = Lobby();

        AssertRefused(room, "Only the host (Hana) can assign roles.",
            () => room.AssignRole(Scorer, "Sam", DrillRole.Agent, Later));
        AssertRefused(room, "Only the host (Hana) can assign roles.",
            () => room.AutoAssign(Customer, new Random(1), Later));
    }

    [Fact]
    public void only_the_host_starts_a_drill()
    {
        var room = Lobby();

        AssertRefused(room, "Only the host (Hana) can start a drill.",
            () => room.StartDrill(Agent, _ => Card(), CallLimit, Later));
    }

    [Fact]
    public void only_the_host_closes_scoring()
    {
        var room = InScoring();

        AssertRefused(room, "Only the host (Hana) can close scoring.", () => room.CloseScoring(Scorer, Later));
    }

    [Fact]
    public void someone_outside_the_room_gets_the_answer_a_missing_room_gets()
    {
        var room = Lobby();

        AssertRefused(room, "No room K7QX2M is open to you: check the code with whoever created the room.",
            () => room.AssignRole(Stranger, "Sam", DrillRole.Agent, Later));
        AssertRefused(room, "No room K7QX2M is open to you: check the code with whoever created the room.", () => room.Leave(Stranger, Later));
        AssertRefused(room, "No room K7QX2M is open to you: check the code with whoever created the room.", () => room.EventsFor(Stranger, 0));
        AssertRefused(room, "No room K7QX2M is open to you: check the code with whoever created the room.", () => room.SnapshotFor(Stranger));
    }

    [Fact]
    public void the_host_assigns_roles_by_name_or_id_and_everyone_sees_them()
    {
        var room = Lobby();

        room.AssignRole(Host, Customer, DrillRole.Scorer, Later);
        var events = room.AssignRole(Host, "sam", DrillRole.Customer, Later);

        var roles = Assert.IsType<RolesAssigned>(Assert.Single(events).Event);
        Assert.Equal(
            [("Hana", DrillRole.Scorer), ("Carla", DrillRole.Scorer), ("Abel", DrillRole.Agent), ("Sam", DrillRole.Customer)],
            roles.Members.Select(m => (m.Name, m.Role)));
        Assert.Null(Assert.Single(events).Audience.OnlyPlayers);
    }

    [Fact]
    public void reassigning_the_same_person_to_their_own_role_is_allowed()
    {
        var room = Lobby();

        room.AssignRole(Host, "carla", DrillRole.Customer, Later);

        Assert.Equal(DrillRole.Customer, room.State.Members.Single(m => m.PlayerId == Customer).Role);
    }

    [Fact]
    public void roles_cannot_change_during_a_drill()
    {
        var onCall = OnCall();
        var scoring = InScoring();

        AssertRefused(onCall, "Roles can only change between drills: the room is in the call.",
            () => onCall.AssignRole(Host, "Sam", DrillRole.Agent, Later));
        AssertRefused(scoring, "Roles can only change between drills: the room is in scoring.",
            () => scoring.AutoAssign(Host, new Random(1), Later));
    }

    [Fact]
    public void a_drill_cannot_start_while_another_is_running()
    {
        var room = OnCall();

        AssertRefused(room, "A drill is already running: the room is in the call.",
            () => room.StartDrill(Host, _ => Card(), CallLimit, Later));
    }

    [Fact]
    public void the_card_is_only_picked_once_the_start_is_allowed()
    {
        var room = Lobby();
        room.AssignRole(Host, "Carla", DrillRole.Scorer, T0.AddSeconds(30));
        var picked = false;

        Assert.Throws<DrillRuleException>(() => room.StartDrill(Host, _ => { picked = true; return Card(); }, CallLimit, Later));

        Assert.False(picked);
    }

    [Fact]
    public void the_card_picker_is_told_which_cards_the_room_has_played()
    {
        var room = InDebrief();
        IReadOnlyCollection<string>? played = null;

        room.StartDrill(Host, p => { played = p.ToList(); return Card("angry-landlord"); }, CallLimit, Later);

        Assert.Equal(["late-parcel"], played);
        Assert.Equal(["late-parcel", "angry-landlord"], room.State.PlayedCardIds);
    }

    [Fact]
    public void starting_a_drill_opens_the_call_and_counts_who_played_what()
    {
        var room = Lobby();

        room.StartDrill(Host, _ => Card(), CallLimit, StartedAt);

        Assert.Equal(DrillPhase.Call, room.State.Phase);
        var drill = room.State.Current!;
        Assert.Equal((1, Customer, Agent, 4), (drill.Number, drill.CustomerId, drill.AgentId, drill.Anger));
        Assert.Equal([Host, Scorer], drill.ScorerIds);
        Assert.Equal(StartedAt + CallLimit, drill.CallEndsAt);
        Assert.Equal(1, room.State.Members.Single(m => m.PlayerId == Customer).TimesCustomer);
        Assert.Equal(1, room.State.Members.Single(m => m.PlayerId == Agent).TimesAgent);
    }

    [Fact]
    public void customer_and_agent_both_speak_and_each_message_says_who_sent_it()
    {
        var room = OnCall();

        var fromCustomer = Assert.IsType<MessagePosted>(Assert.Single(room.PostMessage(Customer, "Hello?", Later)).Event).Message;
        var fromAgent = Assert.IsType<MessagePosted>(Assert.Single(room.PostMessage(Agent, "Hi, I am Abel.", Later)).Event).Message;

        Assert.Equal((1, "Carla", DrillRole.Customer, "Hello?"), (fromCustomer.Number, fromCustomer.SenderName, fromCustomer.Role, fromCustomer.Text));
        Assert.Equal((2, "Abel", DrillRole.Agent, "Hi, I am Abel."), (fromAgent.Number, fromAgent.SenderName, fromAgent.Role, fromAgent.Text));
    }

    [Fact]
    public void scorers_cannot_speak_on_the_call()
    {
        var room = OnCall();

        AssertRefused(room, "Only the customer and the agent speak on the call; scorers watch and tag.",
            () => room.PostMessage(Scorer, "Say sorry!", Later));
        AssertRefused(room, "Only the customer and the agent speak on the call; scorers watch and tag.",
            () => room.PostMessage(Host, "Say sorry!", Later));
    }

    [Fact]
    public void messages_outside_the_call_are_refused()
    {
        var lobby = Lobby();
        var scoring = InScoring();
        var debrief = InDebrief();

        AssertRefused(lobby, "You can send messages only during the call; the room is in the lobby.",
            () => lobby.PostMessage(Customer, "Hello?", Later));
        AssertRefused(scoring, "You can send messages only during the call; the room is in scoring.",
            () => scoring.PostMessage(Agent, "One more thing", Later));
        AssertRefused(debrief, "You can send messages only during the call; the room is in the debrief.",
            () => debrief.PostMessage(Customer, "Thanks", Later));
    }

    [Fact]
    public void only_the_customer_moves_the_anger_meter()
    {
        var room = OnCall();

        AssertRefused(room, "Only the customer moves the anger meter.", () => room.SetAnger(Agent, 2, Later));
        AssertRefused(room, "Only the customer moves the anger meter.", () => room.SetAnger(Host, 9, Later));

        var changed = Assert.IsType<AngerChanged>(Assert.Single(room.SetAnger(Customer, 7, Later)).Event);
        Assert.Equal((7, 4), (changed.Level, changed.Previous));
    }

    [Fact]
    public void the_anger_meter_moves_only_during_the_call()
    {
        var lobby = Lobby();
        var scoring = InScoring();

        AssertRefused(lobby, "You can move the anger meter only during the call; the room is in the lobby.",
            () => lobby.SetAnger(Customer, 5, Later));
        AssertRefused(scoring, "You can move the anger meter only during the call; the room is in scoring.",
            () => scoring.SetAnger(Customer, 5, Later));
    }

    [Fact]
    public void only_the_customer_ends_the_call()
    {
        var room = OnCall();

        AssertRefused(room, "Only the customer ends the call.", () => room.EndCall(Agent, CallOutcome.Resolved, Later));
        AssertRefused(room, "Only the customer ends the call.", () => room.EndCall(Host, CallOutcome.HungUp, Later));

        var ended = Assert.IsType<CallEnded>(Assert.Single(room.EndCall(Customer, CallOutcome.Escalated, Later)).Event);
        Assert.Equal((CallOutcome.Escalated, Customer), (ended.Outcome, ended.EndedBy));
        Assert.Equal(DrillPhase.Scoring, room.State.Phase);
    }

    [Fact]
    public void the_call_can_only_end_while_it_runs()
    {
        var lobby = Lobby();
        var scoring = InScoring();

        AssertRefused(lobby, "You can end the call only during the call; the room is in the lobby.",
            () => lobby.EndCall(Customer, CallOutcome.Resolved, Later));
        AssertRefused(scoring, "You can end the call only during the call; the room is in scoring.",
            () => scoring.EndCall(Customer, CallOutcome.Resolved, Later));
    }

    [Fact]
    public void only_this_drills_scorers_tag_messages()
    {
        var room = InScoring();

        AssertRefused(room, "Only this drill's scorers tag messages.", () => room.Tag(Agent, 2, "empathy", TagPolarity.Plus, Later));
        AssertRefused(room, "Only this drill's scorers tag messages.", () => room.Tag(Customer, 2, "empathy", TagPolarity.Minus, Later));
    }

    [Fact]
    public void scorers_tag_agent_messages_during_the_call_and_during_scoring()
    {
        var room = OnCall();
        room.PostMessage(Agent, "Good morning, how can I help?", Later);

        var duringCall = Assert.IsType<MessageTagged>(Assert.Single(room.Tag(Scorer, 1, "LISTENING", TagPolarity.Plus, Later)).Event);
        room.EndCall(Customer, CallOutcome.Resolved, Later);
        room.SubmitReflection(Agent, "I should have asked about the date sooner.", Later);
        var duringScoring = Assert.IsType<MessageTagged>(Assert.Single(room.Tag(Host, 1, "empathy", TagPolarity.Minus, Later)).Event);

        Assert.Equal((1, "listening", TagPolarity.Plus, "Sam"), (duringCall.Tag.MessageNumber, duringCall.Tag.Technique, duringCall.Tag.Polarity, duringCall.Tag.ScorerName));
        Assert.Equal(("empathy", TagPolarity.Minus), (duringScoring.Tag.Technique, duringScoring.Tag.Polarity));
    }

    [Fact]
    public void tagging_the_same_message_and_technique_again_replaces_the_first_tag()
    {
        var room = InScoring();

        room.Tag(Scorer, 2, "empathy", TagPolarity.Plus, Later);
        room.Tag(Scorer, 2, "empathy", TagPolarity.Minus, Later.AddSeconds(1));

        var tag = Assert.Single(room.State.Current!.Tags);
        Assert.Equal(TagPolarity.Minus, tag.Polarity);
    }

    [Fact]
    public void only_agent_messages_can_be_tagged()
    {
        var room = InScoring();

        AssertRefused(room, "Message [1] is the customer's; tag the agent's messages.",
            () => room.Tag(Scorer, 1, "empathy", TagPolarity.Plus, Later));
    }

    [Fact]
    public void a_tag_must_point_at_a_real_message_a_known_technique_and_a_sign()
    {
        var room = InScoring();

        AssertRefused(room, "There is no message [9] in this drill.", () => room.Tag(Scorer, 9, "empathy", TagPolarity.Plus, Later));
        AssertRefused(room, "'charm' is not a technique; use one of: listening, empathy, boundaries.",
            () => room.Tag(Scorer, 2, "charm", TagPolarity.Plus, Later));
        AssertRefused(room, "A tag is + or -.", () => room.Tag(Scorer, 2, "empathy", (TagPolarity)0, Later));
    }

    [Fact]
    public void tags_are_refused_outside_the_call_and_scoring()
    {
        var lobby = Lobby();
        var debrief = InDebrief();

        AssertRefused(lobby, "You can tag messages only during the call or scoring; the room is in the lobby.",
            () => lobby.Tag(Scorer, 1, "empathy", TagPolarity.Plus, Later));
        AssertRefused(debrief, "You can tag messages only during the call or scoring; the room is in the debrief.",
            () => debrief.Tag(Scorer, 2, "empathy", TagPolarity.Plus, Later));
    }

    [Fact]
    public void rubrics_are_submitted_only_during_scoring_and_only_by_scorers()
    {
        var onCall = OnCall();
        var scoring = InScoring();

        AssertRefused(onCall, "You can submit scores only during scoring; the room is in the call.",
            () => onCall.SubmitRubric(Scorer, Scores(3, 3, 3), Later));
        AssertRefused(scoring, "Only this drill's scorers submit a rubric.",
            () => scoring.SubmitRubric(Agent, Scores(5, 5, 5), Later));
        AssertRefused(scoring, "Only this drill's scorers submit a rubric.",
            () => scoring.SubmitRubric(Customer, Scores(1, 1, 1), Later));
    }

    [Fact]
    public void scoring_can_only_be_closed_during_scoring()
    {
        var onCall = OnCall();
        var debrief = InDebrief();

        AssertRefused(onCall, "You can close scoring only during scoring; the room is in the call.", () => onCall.CloseScoring(Host, Later));
        AssertRefused(debrief, "You can close scoring only during scoring; the room is in the debrief.", () => debrief.CloseScoring(Host, Later));
    }

    [Fact]
    public void someone_who_joins_during_the_call_watches_without_a_part()
    {
        var room = OnCall();

        room.Join(Stranger, "Zed", Later, MaxMembers);

        Assert.Equal(DrillRole.None, room.SnapshotFor(Stranger).Members.Single(m => m.PlayerId == Stranger).Role);
        AssertRefused(room, "Only the customer and the agent speak on the call; scorers watch and tag.",
            () => room.PostMessage(Stranger, "hi", Later));
        room.PostMessage(Agent, "Let me check.", Later);
        AssertRefused(room, "Only this drill's scorers tag messages.", () => room.Tag(Stranger, 1, "empathy", TagPolarity.Plus, Later));
    }

    [Fact]
    public void after_a_debrief_the_host_reassigns_roles_and_starts_drill_two()
    {
        var room = InDebrief();

        room.AssignRole(Host, "Carla", DrillRole.Scorer, Later);
        room.AssignRole(Host, "Abel", DrillRole.Scorer, Later);
        room.AssignRole(Host, "Sam", DrillRole.Customer, Later);
        room.AssignRole(Host, "Carla", DrillRole.Agent, Later);
        var started = Assert.IsType<DrillStarted>(room.StartDrill(Host, _ => Card("angry-landlord"), CallLimit, Later)[0].Event);

        Assert.Equal(2, started.DrillNumber);
        Assert.Equal((Scorer, Customer), (room.State.Current!.CustomerId, room.State.Current.AgentId));
        Assert.Equal([Host, Agent], room.State.Current.ScorerIds);
        Assert.Empty(room.State.Current.Transcript);
    }

    [Fact]
    public void anyone_may_leave_outside_the_call_and_the_earliest_member_becomes_host()
    {
        var room = InScoring();

        var left = Assert.IsType<MemberLeft>(Assert.Single(room.Leave(Host, Later)).Event);

        Assert.Equal((Host, "Hana", Customer), (left.PlayerId, left.Name, left.HostId));
        Assert.Equal(Customer, room.State.HostId);
        Assert.False(room.IsMember(Host));
        room.CloseScoring(Customer, Later);
    }

    [Fact]
    public void whoever_joins_an_emptied_room_becomes_its_host()
    {
        var room = Room.Create(Code, Host, "Hana", T0);
        room.Leave(Host, Later);

        room.Join(Customer, "Carla", Later, MaxMembers);

        Assert.Equal(Customer, room.State.HostId);
        Assert.True(room.SnapshotFor(Customer).Members.Single().IsHost);
    }
}
