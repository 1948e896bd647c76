namespace TeamDrill.Client.Session;

/// <summary>A room's state was replaced by a snapshot from the server.</summary>
public sealed class RoomSnapshotAppliedEventArgs(RoomState state, SnapshotReason reason) : EventArgs
{
    public string RoomCode => State.Code;
    public RoomState State { get; } = state;
    public SnapshotReason Reason { get; } = reason;
}
