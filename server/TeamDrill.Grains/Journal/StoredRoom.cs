using TeamDrill.Shared.Drills;

namespace TeamDrill.Grains.Journal;

/// <summary>A room as its grain holds it: the rules over the live state, and when its state was last snapshotted.</summary>
public sealed class StoredRoom(Room room, SnapshotPolicy snapshots)
{
    public Room Room { get; } = room;

    public SnapshotPolicy Snapshots { get; } = snapshots;

    public RoomState State => Room.State;
}
