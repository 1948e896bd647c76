using TeamDrill.Grains.Settings;

namespace TeamDrill.Grains.Journal;

/// <summary>How rooms are journaled, read from the <see cref="Section"/> settings.</summary>
public sealed class RoomJournalOptions
{
    public const string Section = SettingSections.Journal;

    [Setting("recent events each room keeps for clients that reconnect; one further behind gets a fresh snapshot", Minimum = "10", Maximum = "1000000")]
    public int KeepEvents { get; set; } = 1000;

    [Setting("bytes of events after which a room writes a snapshot at the earliest", Minimum = "1024", Maximum = "67108864")]
    public int MinimumSnapshotBytes { get; set; } = 64 * 1024;

    [Setting("most room writes committed together in one transaction", Minimum = "1", Maximum = "10000")]
    public int MaxBatch { get; set; } = 256;

    /// <summary>
    /// Each action's acknowledgement waits this much longer at most; under load, fewer fsyncs serve more rooms.
    /// </summary>
    [Setting("how long the writer waits after a batch's first write for more to share its commit", Minimum = "00:00:00", Maximum = "00:00:00.100")]
    public TimeSpan CommitWindow { get; set; } = TimeSpan.FromMilliseconds(5);
}
