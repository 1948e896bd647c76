namespace TeamDrill.Client.Session;

public enum SnapshotReason
{
    Created = 0,
    Joined = 1,
    /// <summary>The server no longer kept the missed events and sent the whole room instead.</summary>
    Resync = 2,
}
