namespace TeamDrill.Shared.Scoring;

/// <summary>
/// The panel's scores for one criterion. Every figure is null when no scorer gave a number, or when more scorers said N/A than gave one.
/// </summary>
/// <param name="StandardDeviation">The spread: sample standard deviation (n − 1); null with fewer than two scores.</param>
/// <param name="Scored">Scorers who gave a number.</param>
/// <param name="NotApplicable">Scorers who said N/A.</param>
/// <param name="Missing">Sheets without this criterion at all.</param>
public sealed record CriterionStatistics(
    string CriterionId,
    string Name,
    double? Median,
    double? Mean,
    double? StandardDeviation,
    int? Min,
    int? Max,
    int Scored,
    int NotApplicable,
    int Missing);
