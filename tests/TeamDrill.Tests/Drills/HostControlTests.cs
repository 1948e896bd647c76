using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

public sealed class HostControlTests
{
    private static readonly DateTimeOffset Later = StartedAt.AddMinutes(2);

    [Fact]
    public void a_paused_call_refuses_messages_and_anger_and_its_clock_ends_later_by_the_pause()
    {
        var room = OnCall();
        var endsAt = room.State.Current!.CallEndsAt;
        room.PauseCall(Host, Later);

        AssertRefused(room, "The host has paused the call; wait until it resumes.", () => room.PostMessage(Agent, "Hello?", Later));
        AssertRefused(room, "The host has paused the call; wait until it resumes.", () => room.SetAnger(Customer, 9, Later));
        AssertRefused(room, "The call is already paused.", () => room.PauseCall(Host, Later));
        Assert.Empty(room.ExpireCall(endsAt.AddMinutes(5)));
        Assert.True(room.SnapshotFor(Agent).Paused);

        var resumed = room.ResumeCall(Host, Later.AddMinutes(3));

        Assert.Equal(endsAt.AddMinutes(3), Assert.IsType<CallResumed>(Assert.Single(resumed).Event).CallEndsAt);
        room.PostMessage(Agent, "Thank you for waiting.", Later.AddMinutes(3));
        AssertRefused(room, "The call is not paused.", () => room.ResumeCall(Host, Later.AddMinutes(4)));
    }

    [Fact]
    public void only_the_host_pauses_resumes_ends_early_or_removes()
    {
        var room = OnCall();
        AssertRefused(room, "Only the host (Hana) can pause the call.", () => room.PauseCall(Customer, Later));
        AssertRefused(room, "Only the host (Hana) can end the call.", () => room.EndCallEarly(Agent, Later));
        AssertRefused(room, "Only the host (Hana) can remove a member.", () => room.RemoveMember(Scorer, "Carla", Later));
    }

    [Fact]
    public void the_host_ends_the_call_early_and_scoring_follows()
    {
        var room = OnCall();
        room.PauseCall(Host, Later);

        var ended = Assert.IsType<CallEnded>(Assert.Single(room.EndCallEarly(Host, Later)).Event);

        Assert.Equal((CallOutcome.EndedByHost, Host), (ended.Outcome, ended.EndedBy));
        Assert.Equal(DrillPhase.Scoring, room.State.Phase);
        Assert.Null(room.State.Current!.PausedAt);
    }

    [Fact]
    public void the_host_removes_a_scorer_but_not_someone_on_the_call()
    {
        var room = OnCall();
        AssertRefused(room, "Carla is on the call: end it (/endnow) before removing them.", () => room.RemoveMember(Host, "Carla", Later));
        AssertRefused(room, "You cannot remove yourself; leave the room instead.", () => room.RemoveMember(Host, "Hana", Later));
        AssertRefused(room, "Nobody called 'Zed' is in room K7QX2M.", () => room.RemoveMember(Host, "Zed", Later));

        var left = Assert.IsType<MemberBanned>(Assert.Single(room.RemoveMember(Host, "sam", Later)).Event);

        Assert.Equal(Scorer, left.PlayerId);
        Assert.False(room.IsMember(Scorer));
        Assert.ThrowsAny<DrillRuleException>(() => room.PostMessage(Scorer, "still here?", Later));
    }
}
