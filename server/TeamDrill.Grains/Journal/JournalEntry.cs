namespace TeamDrill.Grains.Journal;

/// <summary>One journaled event: its number in the room and its MessagePack bytes.</summary>
public sealed record JournalEntry(long Seq, byte[] Payload);
