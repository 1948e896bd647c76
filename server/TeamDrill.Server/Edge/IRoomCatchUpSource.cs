using TeamDrill.Grains.Rooms;

namespace TeamDrill.Server.Edge;

/// <summary>Where the edge asks a room for pushes it missed.</summary>
public interface IRoomCatchUpSource
{
    Task<RoomCatchUp> CatchUp(string roomCode, long afterSeq);
}
