using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// One client connection at this edge: its player, the rooms it follows (with the last event number it
/// was given in each), its call budget, and a bounded queue of batches that one sender writes in order.
/// A client too slow to keep its queue below the limit is disconnected rather than waited for; it
/// resyncs when it comes back.
/// </summary>
public sealed class EdgeConnection
{
    private readonly Channel<OutboundBatch> _outbound;
    private readonly Dictionary<string, RoomCursor> _rooms = new(StringComparer.Ordinal);
    private readonly RoomFollowers _followers;
    private readonly Action _tooSlow;
    private bool _closed;

    public EdgeConnection(HubConnectionContext context, int queueLength, int callsPerSecond, RoomFollowers followers, Action tooSlow)
    {
        Context = context;
        PlayerId = context.UserIdentifier ?? throw new InvalidOperationException("A hub connection without a signed-in player.");
        Budget = new CallBudget(callsPerSecond);
        _followers = followers;
        _tooSlow = tooSlow;
        _outbound = Channel.CreateBounded<OutboundBatch>(new BoundedChannelOptions(queueLength)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public HubConnectionContext Context { get; }

    public string ConnectionId => Context.ConnectionId;

    public string PlayerId { get; }

    public CallBudget Budget { get; }

    public ChannelReader<OutboundBatch> Outbound => _outbound.Reader;

    /// <summary>
    /// Starts following a room before the grain is asked for a snapshot: events that arrive meanwhile
    /// are held, then <see cref="Resume"/> releases the ones newer than what the client was given.
    /// </summary>
    public void Hold(string room)
    {
        lock (_rooms)
        {
            if (_closed)
            {
                return;
            }

            if (!_rooms.TryGetValue(room, out var cursor))
            {
                _rooms[room] = new RoomCursor { Held = [] };
                _followers.Add(room, this);
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
        lock (_rooms)
        {
            if (!_rooms.TryGetValue(room, out var cursor))
            {
                return;
            }

            cursor.LastSeq = Math.Max(cursor.LastSeq, seq);
            var held = cursor.Held ?? [];
            cursor.Held = null;
            var fresh = held.Where(e => e.Seq > cursor.LastSeq).OrderBy(e => e.Seq).DistinctBy(e => e.Seq).ToArray();
            if (fresh.Length > 0)
            {
                cursor.LastSeq = fresh[^1].Seq;
                Enqueue(OutboundBatch.Of(room, fresh));
            }
        }
    }

    public void Forget(string room)
    {
        lock (_rooms)
        {
            if (_rooms.Remove(room))
            {
                _followers.Remove(room, this);
            }
        }
    }

    public bool Follows(string room)
    {
        lock (_rooms)
        {
            return _rooms.ContainsKey(room);
        }
    }

    /// <summary>Queues a batch for this connection; events it was already given are left out.</summary>
    public void Deliver(OutboundBatch batch)
    {
        lock (_rooms)
        {
            if (!_rooms.TryGetValue(batch.Room, out var cursor))
            {
                return;
            }

            if (cursor.Held is not null)
            {
                cursor.Held.AddRange(batch.Events);
                return;
            }

            if (batch.FirstSeq > cursor.LastSeq)
            {
                cursor.LastSeq = batch.LastSeq;
                Enqueue(batch);
                return;
            }

            // The client has some of these already (from a snapshot or a resync): send it the rest alone.
            var fresh = batch.Events.Where(e => e.Seq > cursor.LastSeq).ToArray();
            if (fresh.Length > 0)
            {
                cursor.LastSeq = fresh[^1].Seq;
                Enqueue(OutboundBatch.Of(batch.Room, fresh));
            }
        }
    }

    /// <summary>The connection closed: it follows nothing more and its sender stops.</summary>
    public void Close()
    {
        lock (_rooms)
        {
            _closed = true;
            foreach (var room in _rooms.Keys)
            {
                _followers.Remove(room, this);
            }

            _rooms.Clear();
        }

        _outbound.Writer.TryComplete();
    }

    private void Enqueue(OutboundBatch batch)
    {
        if (!_outbound.Writer.TryWrite(batch) && !_closed)
        {
            _outbound.Writer.TryComplete();
            _tooSlow();
        }
    }

    private sealed class RoomCursor
    {
        public long LastSeq { get; set; }

        public List<RoomEvent>? Held { get; set; }
    }
}
