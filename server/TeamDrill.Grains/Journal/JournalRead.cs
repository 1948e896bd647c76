namespace TeamDrill.Grains.Journal;

/// <summary>What storage holds of one room: its latest snapshot and the events kept since before it.</summary>
public sealed record JournalRead(long HeadSeq, long SnapshotSeq, byte[] Snapshot, IReadOnlyList<JournalEntry> Events);
