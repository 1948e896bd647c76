using Orleans.Concurrency;

namespace TeamDrill.Grains.Rooms;

/// <summary>One per edge process per room: the edge fans events out to its own connections.</summary>
public interface IRoomObserver : IGrainObserver
{
    // One-way: a dead or slow edge must never block the room (FIELD-NOTES: an awaited call to a dead
    // observer holds a non-reentrant grain for the whole response timeout).
    [OneWay]
    Task OnEvents(string roomCode, IReadOnlyList<RoomDelivery> deliveries);
}
