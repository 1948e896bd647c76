namespace TeamDrill.Shared.Leagues;

/// <summary>A line of the judges' table: the mean calibration distance over the drills scored (2 decimals), lower is better.</summary>
public sealed record JudgeRow(int Position, string ScorerId, string Name, double MeanDistance, int Drills, double BestDistance);
