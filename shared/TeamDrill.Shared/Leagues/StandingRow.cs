namespace TeamDrill.Shared.Leagues;

/// <summary>
/// A line of the league table. <see cref="Points"/> is the sum over the member's drills as agent of the
/// score × 100, rounded; <see cref="Rating"/> is the agent rating as "1464 ± 303", or null when not given.
/// </summary>
public sealed record StandingRow(int Position, string MemberId, string Name, int Points, int Drills, int BestDrill, double AveragePoints, string? Rating);
