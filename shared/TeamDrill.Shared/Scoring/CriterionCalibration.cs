namespace TeamDrill.Shared.Scoring;

/// <summary>
/// A scorer against the rest of the panel on one criterion. <see cref="Bias"/> is the mean signed
/// difference (own score − panel median, or − the other score when only two scored),
/// <see cref="MeanAbsoluteDifference"/> the mean distance; both null when there was nothing to compare
/// (the scorer said N/A, or nobody else gave a number).
/// </summary>
public sealed record CriterionCalibration(string CriterionId, int Comparisons, double? MeanAbsoluteDifference, double? Bias);
