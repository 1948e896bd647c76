using TeamDrill.Grains.Rooms;
using TeamDrill.Server.Edge;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

public sealed class WatchLinkRuleTests
{
    private static readonly DateTimeOffset Later = StartedAt.AddMinutes(2);

    [Fact]
    public void only_the_host_opens_or_revokes_a_projector_link_and_a_refusal_changes_nothing()
    {
        var room = OnCall();
        AssertRefused(room, "Only the host (Hana) can open a projector link.", () => room.OpenWatchLink(Agent, replacing: false, Later));
        AssertRefused(room, "No room K7QX2M is open to you: check the code with whoever created the room.", () => room.OpenWatchLink(Stranger, replacing: false, Later));
        AssertRefused(room, "Only the host (Hana) can revoke the projector link.", () => room.CloseWatchLink(Customer, open: true, Later));
        AssertRefused(room, "Room K7QX2M has no projector link open; /projector opens one.", () => room.CloseWatchLink(Host, open: false, Later));
    }

    [Fact]
    public void the_room_hears_who_opened_the_link_and_a_new_link_closes_the_old_one_first()
    {
        var room = Lobby();

        var first = room.OpenWatchLink(Host, replacing: false, Later);
        var second = room.OpenWatchLink(Host, replacing: true, Later);

        Assert.Equal("Hana", Assert.IsType<WatchLinkOpened>(Assert.Single(first).Event).ByName);
        Assert.Equal([typeof(WatchLinkClosed), typeof(WatchLinkOpened)], second.Select(e => e.Event.GetType()));
        Assert.All(first.Concat(second), e => Assert.Null(e.Audience.OnlyPlayers));
        var closed = Assert.Single(room.CloseWatchLink(Host, open: true, Later));
        Assert.IsType<WatchLinkClosed>(closed.Event);
    }

    [Fact]
    public void the_projector_snapshot_holds_only_what_every_member_sees()
    {
        var room = OnCall();
        room.PostMessage(Agent, "Let me look into that for you.", Later);
        room.Tag(Scorer, 1, "empathy", TagPolarity.Plus, Later);

        var watched = room.WatcherSnapshot();

        Assert.Null(watched.Card);
        Assert.Empty(watched.Tags);
        Assert.Empty(watched.MyHints);
        Assert.Null(watched.MyRubric);
        Assert.Single(watched.Transcript);
        Assert.Equal(room.SnapshotFor(Scorer).Members.Select(m => (m.Name, m.Role)), watched.Members.Select(m => (m.Name, m.Role)));
        Assert.DoesNotContain(HiddenLine, MessagePack.MessagePackSerializer.SerializeToJson(watched, WireFormat.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void a_projector_connection_hears_that_its_link_closed_and_then_stops_following()
    {
        RoomDelivery[] deliveries =
        [
            new(new MessagePosted { Seq = 1 }, null),
            new(new CustomerCardDealt { Seq = 2 }, [Customer]),
            new(new WatchLinkClosed { Seq = 3, ByName = "Hana" }, null),
        ];

        var watcher = DeliveryView.For(WatcherIds.For(Code), deliveries);
        var member = DeliveryView.For(Scorer, deliveries);

        Assert.Equal([1L, 3L], watcher.Events(deliveries).Select(e => e.Seq));
        Assert.True(watcher.StopsFollowing);
        Assert.False(member.StopsFollowing);
    }
}
