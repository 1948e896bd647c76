namespace TeamDrill.Client.Session;

/// <summary>A room's state was replaced by a snapshot from the server.</summary>
public sealed class RoomSnapshotAppliedEventArgs(SeenRoom state, SnapshotReason reason) : EventArgs
{
    public string RoomCode => State.Code;
    public SeenRoom State { get; } = state;
    public SnapshotReason Reason { get; } = reason;
}
