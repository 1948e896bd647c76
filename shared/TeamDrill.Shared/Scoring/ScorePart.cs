namespace TeamDrill.Shared.Scoring;

/// <summary>
/// One part of the agent's 0–100 score: its nominal weight, its value on 0..100 (null when the drill
/// has no data for it, and then its weight goes to the others) and a line a person can read.
/// </summary>
public sealed record ScorePart(string Name, double Weight, double? Value, string Detail);
