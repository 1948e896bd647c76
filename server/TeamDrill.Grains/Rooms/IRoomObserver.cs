using Orleans.Concurrency;

namespace TeamDrill.Grains.Rooms;

/// <summary>One per edge process per room: the edge fans events out to its own connections.</summary>
public interface IRoomObserver : IGrainObserver
{
    // One-way: a dead or slow edge must never block the room (FIELD-NOTES: an awaited call to a dead
    // observer holds a non-reentrant grain for the whole response timeout).
    // One-way calls can arrive out of order (an edge may be reached through either gateway): each push
    // is a run of consecutive events, and the edge puts runs back in order (RoomStream).
    [OneWay]
    Task OnEvents(string roomCode, IReadOnlyList<RoomDelivery> deliveries);
}
