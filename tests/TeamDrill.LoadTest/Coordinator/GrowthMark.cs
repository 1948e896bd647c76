namespace TeamDrill.LoadTest.Coordinator;

/// <summary>
/// The cost of a send as the room grows: over the 100 sends ending at message <see cref="AtMessage"/>,
/// the mean and slowest closed-loop send, and what the server wrote per action. <c>wchar</c> counts
/// bytes the server passed to write calls (SQLite's writes; .NET's socket sends do not go through
/// it); <c>write_bytes</c> what reached the block device, null when this machine reports none.
/// </summary>
public sealed record GrowthMark(int AtMessage, double MeanMsPerSend, double MaxMsPerSend, double? WrittenCharsPerAction, double? WriteBytesPerAction);
