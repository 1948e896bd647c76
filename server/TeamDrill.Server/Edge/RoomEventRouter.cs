using System.Collections.Concurrent;
using TeamDrill.Grains.Rooms;

namespace TeamDrill.Server.Edge;

/// <summary>
/// This edge's observer of rooms: puts each room's pushes back in order (<see cref="RoomStream"/>), fills
/// a hole by asking the room, and hands each event to the local connections allowed to see it.
/// Connections that see the same events share one serialized message. It only queues; a slow connection
/// never holds up the room or the other connections.
/// </summary>
public sealed partial class RoomEventRouter(
    ConnectionRegistry registry, IRoomCatchUpSource rooms, EdgeMetrics metrics, ILogger<RoomEventRouter> logger) : IRoomObserver
{
    /// <summary>How long a hole may stay before the room is asked for what fell in it (pushes can overtake each other).</summary>
    public static readonly TimeSpan HoleGrace = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, RoomStream> _streams = new(StringComparer.Ordinal);

    public Task OnEvents(string roomCode, IReadOnlyList<RoomDelivery> deliveries)
    {
        if (!_streams.TryGetValue(roomCode, out var stream))
        {
            return Task.CompletedTask; // nobody here follows it any more
        }

        bool hole;
        lock (stream)
        {
            foreach (var run in stream.Accept(deliveries))
            {
                Route(roomCode, run);
            }

            hole = stream.HasHole;
        }

        if (hole)
        {
            _ = CatchUpLater(roomCode, stream, roomSeq: null);
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether this edge already routes the room's pushes.</summary>
    public bool Follows(string roomCode) => _streams.TryGetValue(roomCode, out var stream) && stream.Started;

    /// <summary>
    /// A subscription (first or renewed) answered with the room's last event number. The first starts the
    /// stream there; a later one that is past what was routed means pushes were lost (the room moved to
    /// another silo, say): catch up now.
    /// </summary>
    public void Subscribed(string roomCode, long seq)
    {
        var stream = _streams.GetOrAdd(roomCode, _ => new RoomStream());
        bool behind;
        lock (stream)
        {
            foreach (var run in stream.Start(seq))
            {
                Route(roomCode, run);
            }

            behind = stream.IsBehind(seq);
        }

        if (behind)
        {
            _ = CatchUpLater(roomCode, stream, seq);
        }
    }

    /// <summary>No local connection follows the room any more.</summary>
    public void Forget(string roomCode) => _streams.TryRemove(roomCode, out _);

    /// <summary>
    /// After a short grace (a late push usually arrives meanwhile), asks the room for what is still
    /// missing: a hole between runs, or everything up to <paramref name="roomSeq"/>.
    /// </summary>
    private async Task CatchUpLater(string roomCode, RoomStream stream, long? roomSeq)
    {
        long from;
        lock (stream)
        {
            if (stream.CatchingUp)
            {
                return;
            }

            stream.CatchingUp = true;
        }

        try
        {
            await Task.Delay(HoleGrace);
            lock (stream)
            {
                if (!stream.HasHole && !(roomSeq is { } seq && stream.IsBehind(seq)))
                {
                    return;
                }

                from = stream.Routed;
            }

            var missed = await rooms.CatchUp(roomCode, from);
            lock (stream)
            {
                if (missed.Complete)
                {
                    foreach (var run in stream.Accept(missed.Deliveries))
                    {
                        Route(roomCode, run);
                    }
                }
                else
                {
                    // Too far behind to fill in: every local follower starts afresh from a snapshot.
                    stream.Restart(missed.Seq);
                    foreach (var connection in registry.Following(roomCode))
                    {
                        connection.Abort();
                    }
                }
            }

            metrics.CatchUps.Add(1);
        }
        catch (Exception ex)
        {
            // The room is unreachable just now (moving to another silo): the renewal loop tries again.
            LogCatchUpFailed(ex, roomCode);
        }
        finally
        {
            lock (stream)
            {
                stream.CatchingUp = false;
            }
        }
    }

    private void Route(string roomCode, IReadOnlyList<RoomDelivery> deliveries)
    {
        var followers = registry.Following(roomCode);
        if (followers.Length == 0 || deliveries.Count == 0)
        {
            return;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var shareable = deliveries.Count <= DeliveryView.MaxShared;

        // Usually every follower sees the same events: one batch, and a dictionary only when views differ.
        (DeliveryView View, OutboundBatch Batch)? first = null;
        Dictionary<DeliveryView, OutboundBatch>? others = null;
        foreach (var connection in followers)
        {
            if (!shareable)
            {
                DeliverOneByOne(roomCode, deliveries, connection);
                continue;
            }

            var view = DeliveryView.For(connection.PlayerId, deliveries);
            if (view.Mask != 0)
            {
                OutboundBatch? batch;
                if (first is { } shared && shared.View == view)
                {
                    batch = shared.Batch;
                }
                else if (first is null)
                {
                    batch = OutboundBatch.Of(roomCode, view.Events(deliveries));
                    first = (view, batch);
                }
                else if (!(others ??= []).TryGetValue(view, out batch))
                {
                    batch = OutboundBatch.Of(roomCode, view.Events(deliveries));
                    others[view] = batch;
                }

                connection.Deliver(batch);
            }

            // A player who left or was removed hears that much, then nothing more of the room.
            if (view.StopsFollowing)
            {
                connection.Forget(roomCode);
            }
        }

        metrics.RouteLatency.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    // More deliveries at once than a view has bits (a league room's first events): no sharing, same rules.
    private static void DeliverOneByOne(string roomCode, IReadOnlyList<RoomDelivery> deliveries, EdgeConnection connection)
    {
        for (var start = 0; start < deliveries.Count; start += DeliveryView.MaxShared)
        {
            var part = deliveries.Skip(start).Take(DeliveryView.MaxShared).ToList();
            var view = DeliveryView.For(connection.PlayerId, part);
            if (view.Mask != 0)
            {
                connection.Deliver(OutboundBatch.Of(roomCode, view.Events(part)));
            }

            if (view.StopsFollowing)
            {
                connection.Forget(roomCode);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not catch up room {RoomCode}; the next subscription renewal tries again")]
    private partial void LogCatchUpFailed(Exception exception, string roomCode);
}
