namespace TeamDrill.Shared.Scoring;

/// <summary>
/// How one scorer compares with the rest of the panel. With three or more numbers on a criterion the
/// scorer is compared with the panel median; with two, with the other scorer (the full gap). The overall
/// figures weigh every comparison (drill × criterion) equally; they are null, with <see cref="Reason"/>
/// saying why, when the scorer was never scored alongside anyone else. <see cref="Reason"/> also says why
/// a scorer who differs is not labelled (too few comparisons, only one other scorer).
/// </summary>
/// <param name="Threshold">How far the bias must be from zero to be labelled; null when no label could be given.</param>
public sealed record CalibrationFinding(
    string ScorerId,
    string ScorerName,
    IReadOnlyList<CriterionCalibration> PerCriterion,
    int Comparisons,
    double? MeanAbsoluteDifference,
    double? Bias,
    ScorerLeaning Leaning,
    string? Reason,
    double? Threshold = null);
