using TeamDrill.Grains.Rooms;

namespace TeamDrill.Server.Edge;

/// <summary>
/// This edge's observer of rooms: hands each room's events to the local connections allowed to see
/// them. Connections that see the same events share one serialized message. It only queues; a slow
/// connection never holds up the room or the other connections.
/// </summary>
public sealed class RoomEventRouter(ConnectionRegistry registry, EdgeMetrics metrics) : IRoomObserver
{
    public Task OnEvents(string roomCode, IReadOnlyList<RoomDelivery> deliveries)
    {
        var followers = registry.Following(roomCode);
        if (followers.Length == 0 || deliveries.Count == 0)
        {
            return Task.CompletedTask;
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
        return Task.CompletedTask;
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
}
