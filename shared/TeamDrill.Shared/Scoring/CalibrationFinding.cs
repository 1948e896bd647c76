namespace TeamDrill.Shared.Scoring;

/// <summary>
/// How one scorer compares with the leave-one-out consensus (the panel's mean without them). The
/// overall figures weigh every comparison (drill × criterion) equally; they are null, with
/// <see cref="Reason"/> saying why, when the scorer was never scored alongside anyone else.
/// </summary>
public sealed record CalibrationFinding(
    string ScorerId,
    string ScorerName,
    IReadOnlyList<CriterionCalibration> PerCriterion,
    int Comparisons,
    double? MeanAbsoluteDifference,
    double? Bias,
    ScorerLeaning Leaning,
    string? Reason);
