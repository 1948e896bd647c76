namespace TeamDrill.Shared.Scoring;

/// <summary>
/// Krippendorff's alpha, or why there is none. <see cref="Alpha"/> is null exactly when
/// <see cref="Reason"/> says why alpha is undefined for the data ("not enough data").
/// </summary>
/// <param name="Units">Units that had at least two values and so entered the computation.</param>
/// <param name="PairableValues">n in Krippendorff's notation: every value in those units.</param>
/// <param name="ObservedDisagreement">D_o; null when there are no pairable values.</param>
/// <param name="ExpectedDisagreement">D_e; null when there are no pairable values.</param>
public sealed record AlphaResult(
    AlphaMetric Metric,
    double? Alpha,
    string? Reason,
    int Units,
    int PairableValues,
    double? ObservedDisagreement,
    double? ExpectedDisagreement)
{
    public const string NotEnoughData = "not enough data";

    public bool IsDefined => Alpha.HasValue;

    /// <summary>Alpha to three decimals ("0.815"), or "not enough data (why)".</summary>
    public override string ToString() =>
        Alpha is double alpha
            ? alpha.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)
            : $"{NotEnoughData} ({Reason})";
}
