namespace TeamDrill.Shared.Ratings;

/// <summary>One game in a rating period, seen from the player being rated: the opponent and the score in [0, 1].</summary>
public readonly record struct Glicko2Game(Glicko2Rating Opponent, double Score);
