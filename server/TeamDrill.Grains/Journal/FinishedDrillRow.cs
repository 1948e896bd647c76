namespace TeamDrill.Grains.Journal;

/// <summary>A finished drill as stored apart from its room: a small summary for history lists, and the whole debrief.</summary>
public sealed record FinishedDrillRow(int Number, byte[] Summary, byte[] Debrief);
