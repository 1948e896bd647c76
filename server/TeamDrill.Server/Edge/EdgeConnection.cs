using System.Diagnostics;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// One client connection at this edge: its player, the rooms it follows (with the last event number it
/// was given in each), its call budget, and its outgoing batches. A batch is written at once, on the
/// thread that routes it, unless a write is still in flight; then it waits in a bounded queue that a
/// continuation drains in order. A client too slow to keep that queue below the limit is disconnected
/// rather than waited for; it resyncs when it comes back. So is one whose socket has taken nothing for the
/// stall limit while events wait: with the kernel's buffers in front of it, a client that stops reading is
/// otherwise closed by a timeout before its queue fills, and nobody hears why. Either way it is told once.
/// </summary>
public sealed class EdgeConnection
{
    private readonly Dictionary<string, RoomCursor> _rooms = new(StringComparer.Ordinal);
    private readonly Queue<OutboundBatch> _waiting = new();
    private readonly Func<OutboundBatch, ValueTask> _write;
    private readonly int _queueLength;
    private readonly TimeSpan _stallLimit;
    private readonly RoomFollowers _followers;
    private readonly Action<int> _fellBehind;
    private readonly Action<Exception> _writeFailed;
    private readonly Action _abort;
    private bool _writing;
    private long _writingSince;
    private bool _closed;
    private bool _fellBehindTold;

    /// <param name="write">Writes one batch to the client; may complete later when the client's socket is full.</param>
    /// <param name="fellBehind">Told once, with the number of batches waiting, when the client fell behind.</param>
    /// <param name="abort">Closes the client's connection; the client reconnects and resyncs.</param>
    public EdgeConnection(
        string connectionId, string playerId, Func<OutboundBatch, ValueTask> write, int queueLength, TimeSpan stallLimit, int callsPerSecond,
        RoomFollowers followers, Action<int> fellBehind, Action<Exception> writeFailed, Action abort)
    {
        _abort = abort;
        ConnectionId = connectionId;
        PlayerId = playerId;
        Budget = new CallBudget(callsPerSecond);
        _write = write;
        _queueLength = queueLength;
        _stallLimit = stallLimit;
        _followers = followers;
        _fellBehind = fellBehind;
        _writeFailed = writeFailed;
    }

    public string ConnectionId { get; }

    public string PlayerId { get; }

    public CallBudget Budget { get; }

    /// <summary>This connection's refused calls, for the once-a-minute summary.</summary>
    public RefusalCounter Refusals { get; } = new();

    /// <summary>Batches waiting behind a write in flight.</summary>
    public int Waiting
    {
        get
        {
            lock (_rooms)
            {
                return _waiting.Count;
            }
        }
    }

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
                Send(OutboundBatch.Of(room, fresh));
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

    /// <summary>Sends a batch to this connection; events it was already given are left out.</summary>
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
                Send(batch);
                return;
            }

            SendNewerThan(cursor, batch);
        }
    }

    /// <summary>
    /// This edge lost events of a room the client follows and can no longer get them: close the
    /// connection, so the client reconnects and resyncs from a fresh snapshot.
    /// </summary>
    public void Abort()
    {
        Close();
        _abort();
    }

    /// <summary>The connection closed: it follows nothing more and nothing more is written.</summary>
    public void Close()
    {
        lock (_rooms)
        {
            // Closed (by a timeout, say) while its socket had taken nothing for the stall limit: it fell behind too.
            if (_writing && Stopwatch.GetElapsedTime(_writingSince) >= _stallLimit)
            {
                TellFellBehind();
            }

            _closed = true;
            foreach (var room in _rooms.Keys)
            {
                _followers.Remove(room, this);
            }

            _rooms.Clear();
            _waiting.Clear();
        }
    }

    /// <summary>The client has some of these already (from a snapshot or a resync): send it the rest alone.</summary>
    private void SendNewerThan(RoomCursor cursor, OutboundBatch batch)
    {
        var fresh = Array.FindAll(batch.Events, e => e.Seq > cursor.LastSeq);
        if (fresh.Length > 0)
        {
            cursor.LastSeq = fresh[^1].Seq;
            Send(OutboundBatch.Of(batch.Room, fresh));
        }
    }

    // Called under the lock, so batches leave in the order they were decided.
    private void Send(OutboundBatch batch)
    {
        if (_closed)
        {
            return;
        }

        if (_writing)
        {
            if (_waiting.Count >= _queueLength || Stopwatch.GetElapsedTime(_writingSince) >= _stallLimit)
            {
                TellFellBehind();
                _closed = true;
                _waiting.Clear();
                return;
            }

            _waiting.Enqueue(batch);
            return;
        }

        ValueTask pending;
        try
        {
            pending = _write(batch);
        }
        catch (Exception ex)
        {
            Fail(ex);
            return;
        }

        if (!pending.IsCompletedSuccessfully)
        {
            _writing = true;
            _writingSince = Stopwatch.GetTimestamp();
            _ = DrainAfter(pending);
        }
    }

    /// <summary>A write did not finish at once (the client's socket is full): write what waits behind it, in order.</summary>
    private async Task DrainAfter(ValueTask pending)
    {
        try
        {
            await pending;
            while (true)
            {
                OutboundBatch next;
                lock (_rooms)
                {
                    if (_closed || !_waiting.TryDequeue(out next!))
                    {
                        _writing = false;
                        return;
                    }

                    _writingSince = Stopwatch.GetTimestamp();
                }

                await _write(next);
            }
        }
        catch (Exception ex)
        {
            lock (_rooms)
            {
                Fail(ex);
            }
        }
    }

    // Called under the lock.
    private void TellFellBehind()
    {
        if (!_fellBehindTold)
        {
            _fellBehindTold = true;
            _fellBehind(_waiting.Count);
        }
    }

    private void Fail(Exception exception)
    {
        _closed = true;
        _writing = false;
        _waiting.Clear();
        _writeFailed(exception);
    }

    private sealed class RoomCursor
    {
        public long LastSeq { get; set; }

        public List<RoomEvent>? Held { get; set; }
    }
}
