namespace TeamDrill.Shared.Privacy;

/// <summary>A message the person wrote in a call.</summary>
public sealed record ExportedMessage(int Number, string Text, DateTimeOffset At);
