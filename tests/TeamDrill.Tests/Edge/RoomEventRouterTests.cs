using Microsoft.Extensions.Logging.Abstractions;
using TeamDrill.Grains.Rooms;
using TeamDrill.Server.Edge;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Edge;

/// <summary>
/// The edge hands each room's events, in order, to exactly the local connections allowed to see them,
/// and connections that see the same events get the same serialized message.
/// </summary>
public sealed class RoomEventRouterTests : IRoomCatchUpSource
{
    private const string Room = "K7QX2M";
    private readonly ConnectionRegistry _registry = new();
    private readonly EdgeMetrics _metrics = new(new TestMeterFactory());
    private readonly Dictionary<EdgeConnection, List<OutboundBatch>> _written = [];
    private readonly Dictionary<EdgeConnection, List<OutboundBatch>> _everWritten = [];
    private readonly Dictionary<string, TaskCompletionSource> _stuck = [];
    private readonly List<string> _aborted = [];
    private readonly List<RoomDelivery> _roomKeeps = [];
    private readonly List<long> _catchUpsAsked = [];
    private readonly RoomEventRouter _router;
    private bool _roomForgot;
    private int _dropped;

    public RoomEventRouterTests()
    {
        _router = new RoomEventRouter(_registry, this, _metrics, NullLogger<RoomEventRouter>.Instance);
        _router.Subscribed(Room, 0);
    }

    public Task<RoomCatchUp> CatchUp(string roomCode, long afterSeq)
    {
        lock (_catchUpsAsked)
        {
            _catchUpsAsked.Add(afterSeq);
        }

        var seq = _roomKeeps.Count == 0 ? 0 : _roomKeeps[^1].Event.Seq;
        return Task.FromResult(_roomForgot
            ? new RoomCatchUp([], Complete: false, seq)
            : new RoomCatchUp([.. _roomKeeps.Where(d => d.Event.Seq > afterSeq)], Complete: true, seq));
    }

    [Fact]
    public void connections_that_see_the_same_events_share_one_serialized_message()
    {
        var ana = Follow("ana");
        var ben = Follow("ben");
        var cy = Follow("cy");

        Route(Message(1), Private(2, "ana"));

        var anas = Batches(ana).Single();
        var bens = Batches(ben).Single();
        Assert.Equal([1, 2], anas.Events.Select(e => e.Seq));
        Assert.Equal([1], bens.Events.Select(e => e.Seq));
        Assert.Same(bens, Batches(cy).Single());
    }

    [Fact]
    public void an_event_for_nobody_reaches_nobody()
    {
        var ana = Follow("ana");

        Route(new RoomDelivery(new CoachHintGiven { Seq = 1 }, []));

        Assert.Empty(Batches(ana));
    }

    [Fact]
    public void a_player_who_leaves_hears_that_much_and_then_nothing_more()
    {
        var ana = Follow("ana");
        var ben = Follow("ben");

        Route(Message(1), new RoomDelivery(new MemberLeft { Seq = 2, PlayerId = "ana" }, null), Message(3));
        Route(Message(4));

        Assert.Equal([1, 2], Batches(ana).SelectMany(b => b.Events).Select(e => e.Seq));
        Assert.Equal([1, 2, 3, 4], Batches(ben).SelectMany(b => b.Events).Select(e => e.Seq));
        Assert.DoesNotContain(_registry.Following(Room), c => c.PlayerId == "ana");
    }

    [Fact]
    public void a_room_nobody_here_follows_costs_nothing_and_others_rooms_are_not_touched()
    {
        var ana = Follow("ana");

        _router.OnEvents("OTHER1", [Message(1)]);

        Assert.Empty(Batches(ana));
        Assert.Empty(_registry.Following("OTHER1"));
    }

    [Fact]
    public void events_a_connection_already_has_are_not_sent_again()
    {
        var ana = Follow("ana", resumeAt: 2);

        Route(Message(1), Message(2), Message(3));

        Assert.Equal([3], Batches(ana).Single().Events.Select(e => e.Seq));
    }

    [Fact]
    public void events_that_arrive_while_a_snapshot_is_being_taken_wait_and_only_newer_ones_follow_it()
    {
        Route(Message(1), Message(2), Message(3), Message(4));
        var ana = Connect("ana");
        ana.Hold(Room);
        Route(Message(5), Message(6));

        ana.Resume(Room, 5);

        Assert.Equal([6], Batches(ana).Single().Events.Select(e => e.Seq));
    }

    [Fact]
    public void batches_wait_behind_a_write_the_socket_has_not_taken_and_leave_in_order()
    {
        var ana = Follow("ana");
        var ben = Follow("ben");
        var socket = Stick("ana");

        Route(Message(1));
        Route(Message(2));
        Route(Message(3));

        Assert.Equal([1], Batches(ana).SelectMany(b => b.Events).Select(e => e.Seq));
        Assert.Equal([1, 2, 3], Batches(ben).SelectMany(b => b.Events).Select(e => e.Seq)); // a slow neighbour holds nobody up
        Assert.Equal(2, ana.Waiting);

        socket.SetResult();

        Assert.Equal([2, 3], Batches(ana).SelectMany(b => b.Events).Select(e => e.Seq));
        Assert.Equal(0, ana.Waiting);
    }

    [Fact]
    public void a_connection_that_cannot_keep_up_is_dropped_not_waited_for()
    {
        var ana = Follow("ana", queueLength: 10);
        Stick("ana");

        for (var seq = 1; seq <= 12; seq++)
        {
            Route(Message(seq));
        }

        Assert.Equal(1, _dropped);
        Assert.Equal(0, ana.Waiting);
    }

    [Fact]
    public void a_closed_connection_follows_nothing()
    {
        var ana = Follow("ana");

        ana.Close();

        Assert.Empty(_registry.Following(Room));
        Assert.Empty(_registry.FollowedRooms());
    }

    [Fact]
    public void a_push_that_overtakes_an_earlier_one_waits_for_it_and_both_go_out_in_order()
    {
        var ana = Follow("ana");
        _roomKeeps.AddRange([Message(1), Message(2)]);

        _router.OnEvents(Room, [Message(3)]);
        _router.OnEvents(Room, [Message(2)]);
        Assert.Empty(Batches(ana));
        _router.OnEvents(Room, [Message(1)]);

        Assert.Equal([1, 2, 3], Batches(ana).SelectMany(b => b.Events).Select(e => e.Seq));
    }

    [Fact]
    public void a_push_that_arrives_twice_goes_out_once()
    {
        var ana = Follow("ana");

        Route(Message(1), Message(2));
        _router.OnEvents(Room, [Message(2)]);
        _router.OnEvents(Room, [Message(1), Message(2)]);

        Assert.Equal([1, 2], Batches(ana).SelectMany(b => b.Events).Select(e => e.Seq));
    }

    [Fact]
    public async Task a_hole_that_does_not_fill_by_itself_is_filled_by_asking_the_room()
    {
        var ana = Follow("ana");
        _roomKeeps.Add(Message(1)); // stored, but its push was lost

        Route(Message(2));

        await Eventually(() => Seqs(ana).Count >= 2);
        Assert.Equal([1, 2], Seqs(ana));
        Assert.Equal([0], _catchUpsAsked);
    }

    [Fact]
    public async Task a_renewal_that_finds_the_room_further_on_catches_up_on_what_was_never_pushed()
    {
        var ana = Follow("ana");
        _roomKeeps.AddRange([Message(1), Message(2)]); // a silo stored these and died before pushing

        _router.Subscribed(Room, 2);

        await Eventually(() => Seqs(ana).Count >= 2);
        Assert.Equal([1, 2], Seqs(ana));
    }

    [Fact]
    public async Task when_the_room_no_longer_keeps_what_was_missed_its_followers_start_afresh()
    {
        Follow("ana");
        Follow("ben");
        _roomForgot = true;

        _router.Subscribed(Room, 5000);

        await Eventually(() => _aborted.Count == 2);
        Assert.Empty(_registry.Following(Room));
    }

    private static async Task Eventually(Func<bool> done)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(10); !done() && DateTime.UtcNow < deadline;)
        {
            await Task.Delay(20);
        }
    }

    /// <summary>Every event number written to the connection so far.</summary>
    private List<long> Seqs(EdgeConnection connection)
    {
        lock (_written)
        {
            return [.. _everWritten[connection].SelectMany(b => b.Events).Select(e => e.Seq)];
        }
    }

    private static RoomDelivery Message(long seq) =>
        new(new MessagePosted { Seq = seq, Message = new TranscriptMessage { Number = (int)seq, Text = $"line {seq}" } }, null);

    private static RoomDelivery Private(long seq, string player) => new(new RubricRecorded { Seq = seq }, [player]);

    /// <summary>What was written to the connection since the last look.</summary>
    private List<OutboundBatch> Batches(EdgeConnection connection)
    {
        lock (_written)
        {
            var written = _written[connection];
            var batches = written.ToList();
            written.Clear();
            return batches;
        }
    }

    /// <summary>The player's next write does not finish until the returned source is completed.</summary>
    private TaskCompletionSource Stick(string player)
    {
        var socket = new TaskCompletionSource(TaskCreationOptions.None);
        _stuck[player] = socket;
        return socket;
    }

    private void Route(params RoomDelivery[] deliveries)
    {
        _roomKeeps.AddRange(deliveries);
        _router.OnEvents(Room, deliveries);
    }

    private EdgeConnection Follow(string player, long resumeAt = 0, int queueLength = 100)
    {
        var connection = Connect(player, queueLength);
        connection.Hold(Room);
        connection.Resume(Room, resumeAt);
        return connection;
    }

    private EdgeConnection Connect(string player, int queueLength = 100)
    {
        EdgeConnection? connection = null;
        connection = new EdgeConnection(Guid.NewGuid().ToString("N"), player, batch =>
            {
                lock (_written)
                {
                    _written[connection!].Add(batch);
                    _everWritten[connection!].Add(batch);
                }

                return _stuck.Remove(player, out var socket) ? new ValueTask(socket.Task) : ValueTask.CompletedTask;
            },
            queueLength, TimeSpan.FromMinutes(10), 20, _registry.Followers, _ => _dropped++, ex => throw ex, () => _aborted.Add(player));
        _written[connection] = [];
        _everWritten[connection] = [];
        _registry.Add(connection);
        return connection;
    }
}
