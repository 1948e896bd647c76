using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

/// <summary>
/// The host's moderation in the pure room: removing bans (no join, no reads but the drills the player
/// played before), muting refuses what a member would say or score, and every refusal changes nothing.
/// </summary>
public sealed class ModerationTests
{
    private static readonly DateTimeOffset Later = StartedAt.AddMinutes(30);
    private const string Banned = "The host removed you from room K7QX2M; you can no longer see it.";

    [Fact]
    public void a_removed_member_can_neither_rejoin_nor_read_the_room_until_the_host_lifts_the_ban()
    {
        var room = Lobby();

        var banned = Assert.IsType<MemberBanned>(Assert.Single(room.RemoveMember(Host, "sam", Later)).Event);

        Assert.Equal((Scorer, "Sam"), (banned.PlayerId, banned.Name));
        AssertRefused(room, "The host removed you from room K7QX2M; you can join again only once the host lifts the ban.",
            () => room.Join(Scorer, "Sam", Later, MaxMembers));
        AssertRefused(room, Banned, () => room.SnapshotFor(Scorer));
        AssertRefused(room, Banned, () => room.EventsFor(Scorer, 0));
        AssertRefused(room, Banned, () => room.Resync(Scorer, room.State.Seq));
        AssertRefused(room, "Only the host (Hana) can lift a ban.", () => room.UnbanMember(Customer, "Sam", Later));
        AssertRefused(room, "Nobody called 'Carla' is banned from room K7QX2M.", () => room.UnbanMember(Host, "Carla", Later));
        Assert.Equal(["Sam"], room.SnapshotFor(Host).BannedNames);
        Assert.Empty(room.SnapshotFor(Customer).BannedNames);

        Assert.IsType<MemberUnbanned>(Assert.Single(room.UnbanMember(Host, "SAM", Later)).Event);

        Assert.Empty(room.SnapshotFor(Host).BannedNames);
        Assert.IsType<MemberJoined>(Assert.Single(room.Join(Scorer, "Sam", Later, MaxMembers)).Event);
        Assert.True(room.IsMember(Scorer));
    }

    [Fact]
    public void a_banned_player_keeps_the_debriefs_of_drills_they_played_before_the_ban_and_nothing_later()
    {
        var room = InDebrief();
        var first = DrillSummary.Of(room.State.LastDebrief!, Later);
        room.RemoveMember(Host, "Sam", Later);

        Assert.Equal(1, room.GetDebrief(Scorer, 1).DrillNumber);
        Assert.Equal([1], room.HistoryFor(Scorer, [first]).Select(h => h.DrillNumber));

        room.StartDrill(Host, _ => Card("angry-landlord"), CallLimit, Later.AddMinutes(1));
        room.PostMessage(Agent, "How can I help?", Later.AddMinutes(2));
        room.EndCall(Customer, CallOutcome.Resolved, Later.AddMinutes(3));
        room.SubmitReflection(Agent, "Asked early.", Later.AddMinutes(4));
        room.SubmitRubric(Host, Scores(4, 4, 4), Later.AddMinutes(5));
        var second = DrillSummary.Of(room.State.LastDebrief!, Later.AddMinutes(5));

        Assert.Equal(DrillPhase.Debrief, room.State.Phase);
        AssertRefused(room, "The host removed you from room K7QX2M; you can read only the drills you played before that.",
            () => room.GetDebrief(Scorer, 2));
        Assert.Equal([1], room.HistoryFor(Scorer, [first, second]).Select(h => h.DrillNumber));
        Assert.Equal([1, 2], room.HistoryFor(Customer, [first, second]).Select(h => h.DrillNumber));
    }

    [Fact]
    public void a_muted_member_is_refused_every_way_they_speak_or_score_until_unmuted()
    {
        var room = OnCall();
        room.PostMessage(Agent, "Good morning, how can I help?", StartedAt.AddSeconds(5));
        Assert.IsType<MemberMuted>(Assert.Single(room.MuteMember(Host, "Abel", StartedAt.AddSeconds(6))).Event);
        room.MuteMember(Host, "Sam", StartedAt.AddSeconds(7));

        Assert.True(room.SnapshotFor(Customer).Members.Single(m => m.PlayerId == Agent).IsMuted);
        AssertRefused(room, "The host has muted you: you cannot speak on the call until they unmute you.",
            () => room.PostMessage(Agent, "Calm down.", Later));
        AssertRefused(room, "The host has muted you: you cannot tag messages until they unmute you.",
            () => room.Tag(Scorer, 1, "empathy", TagPolarity.Plus, Later));

        room.EndCall(Customer, CallOutcome.Resolved, StartedAt.AddMinutes(1));
        AssertRefused(room, "The host has muted you: you cannot write your reflection until they unmute you.",
            () => room.SubmitReflection(Agent, "It went well.", Later));
        AssertRefused(room, "The host has muted you: you cannot write your reflection until they unmute you.",
            () => room.SubmitReflection(Agent, "Asked early", "Slow down", Later));
        AssertRefused(room, "The host has muted you: you cannot submit scores until they unmute you.",
            () => room.SubmitRubric(Scorer, Scores(3, 3, 3), Later));
        AssertRefused(room, "The host has muted you: you cannot rate the customer's fidelity until they unmute you.",
            () => room.RateFidelity(Scorer, 4, Later));
        AssertRefused(room, "The host has muted you: you cannot leave a line of support until they unmute you.",
            () => room.SubmitSupport(Scorer, "You stayed calm.", Later));

        Assert.IsType<MemberUnmuted>(Assert.Single(room.UnmuteMember(Host, "sam", Later)).Event);
        room.SubmitSupport(Scorer, "You stayed calm.", Later);
        Assert.False(room.SnapshotFor(Host).Members.Single(m => m.PlayerId == Scorer).IsMuted);
    }

    [Fact]
    public void only_the_host_moderates_never_themselves_and_a_refusal_changes_nothing()
    {
        var room = OnCall();
        room.MuteMember(Host, "Sam", Later);

        AssertRefused(room, "Only the host (Hana) can mute a member.", () => room.MuteMember(Scorer, "Carla", Later));
        AssertRefused(room, "Only the host (Hana) can unmute a member.", () => room.UnmuteMember(Scorer, "Sam", Later));
        AssertRefused(room, "Only the host (Hana) can remove a member.", () => room.RemoveMember(Agent, "Sam", Later));
        AssertRefused(room, "No room K7QX2M is open to you: check the code with whoever created the room.", () => room.MuteMember(Stranger, "Sam", Later));
        AssertRefused(room, "You cannot mute yourself.", () => room.MuteMember(Host, "Hana", Later));
        AssertRefused(room, "Sam is already muted.", () => room.MuteMember(Host, "Sam", Later));
        AssertRefused(room, "Abel is not muted.", () => room.UnmuteMember(Host, "Abel", Later));
        AssertRefused(room, "Nobody called 'Zed' is in room K7QX2M.", () => room.MuteMember(Host, "Zed", Later));
        AssertRefused(room, "Nobody called 'Sam' is banned from room K7QX2M.", () => room.UnbanMember(Host, "Sam", Later));
        AssertRefused(room, "Carla is on the call: end it (/endnow) before removing them.", () => room.RemoveMember(Host, "Carla", Later));
    }

    [Fact]
    public void a_muted_customer_is_replaced_between_drills_and_watches_the_next_one()
    {
        var room = Lobby();
        AssertRefused(room, "Carla is already the customer; there can be only one. Make Carla a scorer first.",
            () => room.AssignRole(Host, "Sam", DrillRole.Customer, Later));
        room.MuteMember(Host, "Carla", Later);

        room.AssignRole(Host, "Sam", DrillRole.Customer, Later);

        var members = room.SnapshotFor(Host).Members;
        Assert.Equal(DrillRole.Customer, members.Single(m => m.PlayerId == Scorer).Role);
        Assert.Equal(DrillRole.None, members.Single(m => m.PlayerId == Customer).Role);
    }

    [Fact]
    public void automatic_roles_pass_over_a_muted_member_who_watches()
    {
        var room = Lobby();
        room.Join(Stranger, "Zed", Later, MaxMembers);
        room.MuteMember(Host, "Carla", Later);

        for (var seed = 0; seed < 20; seed++)
        {
            room.AutoAssign(Host, new Random(seed), Later);
            Assert.Equal(DrillRole.None, room.SnapshotFor(Host).Members.Single(m => m.PlayerId == Customer).Role);
        }

        room.MuteMember(Host, "Zed", Later);
        room.MuteMember(Host, "Abel", Later);
        AssertRefused(room, "A drill needs at least 3 members who are not muted (a customer, an agent and a scorer); this room has 2.",
            () => room.AutoAssign(Host, new Random(1), Later));
    }

    [Fact]
    public void a_ban_and_a_mute_come_back_from_the_journal()
    {
        var room = InDebrief();
        room.RemoveMember(Host, "Sam", Later);
        room.MuteMember(Host, "Abel", Later);
        var replayed = new RoomState { Code = Code };
        foreach (var stored in room.Tail.After(0))
        {
            RoomTransitions.Apply(replayed, stored.Event);
        }

        var again = new Room(replayed);
        Assert.True(again.IsMuted(Agent));
        Assert.Equal(1, again.BanOf(Scorer)?.FinishedDrillsBefore);
        AssertRefused(again, Banned, () => again.SnapshotFor(Scorer));
    }
}
