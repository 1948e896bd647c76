using System.Threading.Channels;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// One client connection at this edge: its player, the rooms it follows, and a bounded queue of
/// events that one sender drains in order. A client too slow to keep its queue below the limit is
/// disconnected rather than waited for; it resyncs when it comes back.
/// </summary>
public sealed class EdgeConnection
{
    private readonly Channel<(string Room, RoomEvent Event)> _outbound;
    private readonly Dictionary<string, RoomCursor> _rooms = new(StringComparer.Ordinal);
    private readonly Action _abort;

    public EdgeConnection(string connectionId, string playerId, int queueLength, Action abort)
    {
        ConnectionId = connectionId;
        PlayerId = playerId;
        _abort = abort;
        _outbound = Channel.CreateBounded<(string, RoomEvent)>(new BoundedChannelOptions(queueLength)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public string ConnectionId { get; }

    public string PlayerId { get; }

    public ChannelReader<(string Room, RoomEvent Event)> Outbound => _outbound.Reader;

    /// <summary>
    /// Starts following a room before the grain is asked for a snapshot: events that arrive meanwhile
    /// are held, then <see cref="Resume"/> releases the ones newer than what the client was given.
    /// </summary>
    public void Hold(string room)
    {
        lock (_rooms)
        {
            if (!_rooms.TryGetValue(room, out var cursor))
            {
                _rooms[room] = new RoomCursor { Held = [] };
            }
            else
            {
                cursor.Held ??= [];
            }
        }
    }

    /// <summary>The client now has everything up to <paramref name="seq"/>; send only what comes after.</summary>
    public void Resume(string room, long seq)
    {
        List<RoomEvent> release;
        lock (_rooms)
        {
            if (!_rooms.TryGetValue(room, out var cursor))
            {
                return;
            }

            cursor.LastSeq = Math.Max(cursor.LastSeq, seq);
            release = cursor.Held ?? [];
            cursor.Held = null;
            foreach (var held in release.OrderBy(e => e.Seq))
            {
                EnqueueLocked(room, cursor, held);
            }
        }
    }

    public void Forget(string room)
    {
        lock (_rooms)
        {
            _rooms.Remove(room);
        }
    }

    public bool Follows(string room)
    {
        lock (_rooms)
        {
            return _rooms.ContainsKey(room);
        }
    }

    public IReadOnlyList<string> Rooms
    {
        get
        {
            lock (_rooms)
            {
                return [.. _rooms.Keys];
            }
        }
    }

    public void Deliver(string room, RoomEvent roomEvent)
    {
        lock (_rooms)
        {
            if (!_rooms.TryGetValue(room, out var cursor))
            {
                return;
            }

            if (cursor.Held is not null)
            {
                cursor.Held.Add(roomEvent);
                return;
            }

            EnqueueLocked(room, cursor, roomEvent);
        }
    }

    public void Complete() => _outbound.Writer.TryComplete();

    private void EnqueueLocked(string room, RoomCursor cursor, RoomEvent roomEvent)
    {
        if (roomEvent.Seq <= cursor.LastSeq)
        {
            return; // the client has it already (from a snapshot or a resync)
        }

        cursor.LastSeq = roomEvent.Seq;
        if (!_outbound.Writer.TryWrite((room, roomEvent)))
        {
            _outbound.Writer.TryComplete();
            _abort();
        }
    }

    private sealed class RoomCursor
    {
        public long LastSeq { get; set; }

        public List<RoomEvent>? Held { get; set; }
    }
}
