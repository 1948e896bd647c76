namespace TeamDrill.Grains.Journal;

/// <summary>
/// When to write a room's whole state again: once the events appended since the last snapshot weigh as
/// much as that snapshot did (and at least <see cref="MinimumBytes"/>). A write then costs about twice
/// what the action appends, however big the room's state, and a room comes back from at most about
/// twice its state's size.
/// </summary>
public sealed class SnapshotPolicy(int minimumBytes, int lastSnapshotBytes, long bytesSinceSnapshot = 0)
{
    public int MinimumBytes { get; } = minimumBytes;

    public int LastSnapshotBytes { get; private set; } = lastSnapshotBytes;

    public long BytesSinceSnapshot { get; private set; } = bytesSinceSnapshot;

    /// <summary>Counts <paramref name="appendedBytes"/>; true when this write should carry a snapshot.</summary>
    public bool Due(int appendedBytes)
    {
        BytesSinceSnapshot += appendedBytes;
        return BytesSinceSnapshot >= Math.Max(MinimumBytes, LastSnapshotBytes);
    }

    public void Taken(int snapshotBytes)
    {
        LastSnapshotBytes = snapshotBytes;
        BytesSinceSnapshot = 0;
    }
}
