using TeamDrill.Grains.Rooms;

namespace TeamDrill.Server.Edge;

/// <summary>
/// This edge's observer of rooms: hands each event to the local connections allowed to see it. It
/// only queues; a slow connection never holds up the room or the other connections.
/// </summary>
public sealed class RoomEventRouter(ConnectionRegistry registry) : IRoomObserver
{
    public Task OnEvents(string roomCode, IReadOnlyList<RoomDelivery> deliveries)
    {
        foreach (var connection in registry.Following(roomCode))
        {
            foreach (var delivery in deliveries)
            {
                if (delivery.OnlyPlayers is null || delivery.OnlyPlayers.Contains(connection.PlayerId))
                {
                    connection.Deliver(roomCode, delivery.Event);
                }

                // A player who left or was removed hears that much, then nothing more of the room.
                if (delivery.Event is TeamDrill.Shared.Protocol.MemberLeft left && left.PlayerId == connection.PlayerId)
                {
                    connection.Forget(roomCode);
                    break;
                }
            }
        }

        return Task.CompletedTask;
    }
}
