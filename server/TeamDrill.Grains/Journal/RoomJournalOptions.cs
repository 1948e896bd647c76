namespace TeamDrill.Grains.Journal;

/// <summary>How rooms are journaled, bound from the <c>TeamDrill:Journal</c> settings.</summary>
public sealed class RoomJournalOptions
{
    /// <summary>Recent events each room keeps for clients that reconnect; one further behind gets a fresh snapshot.</summary>
    public int KeepEvents { get; set; } = 1000;

    /// <summary>A snapshot is written at the earliest after this many bytes of events.</summary>
    public int MinimumSnapshotBytes { get; set; } = 64 * 1024;

    /// <summary>Most room writes committed together in one transaction.</summary>
    public int MaxBatch { get; set; } = 256;

    /// <summary>
    /// How long the writer waits, after the first write of a batch, for more to share its commit. Each
    /// action's acknowledgement waits this much longer at most; under load, fewer fsyncs serve more rooms.
    /// </summary>
    public TimeSpan CommitWindow { get; set; } = TimeSpan.FromMilliseconds(5);
}
