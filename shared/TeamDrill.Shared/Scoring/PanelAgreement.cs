using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>
/// How far a scoring panel agreed: Krippendorff's alpha over the rubric scores, ordinal and interval.
/// Units are rubric criteria (for many drills, drill × criterion pairs), coders are scorers, values are
/// the 1..5 scores; N/A and unscored criteria are missing values.
/// </summary>
public sealed record PanelAgreement(AlphaResult Ordinal, AlphaResult Interval, AlphaResult Nominal)
{
    /// <summary>Agreement of one drill's panel.</summary>
    public static PanelAgreement ForDrill(IReadOnlyList<RubricCriterionView> rubric, IReadOnlyList<RubricSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        return ForDrills(rubric.Select(c => c.Id).ToList(), [sheets]);
    }

    /// <summary>
    /// Agreement over many drills (a league round or season): each drill × criterion is one unit, so
    /// panels of different people and sizes pool into one coefficient.
    /// </summary>
    public static PanelAgreement ForDrills(IReadOnlyList<string> criterionIds, IEnumerable<IReadOnlyList<RubricSheet>> drills)
    {
        ArgumentNullException.ThrowIfNull(criterionIds);
        ArgumentNullException.ThrowIfNull(drills);
        var matrix = new List<IReadOnlyList<int?>>();
        foreach (var sheets in drills)
        {
            foreach (var criterion in criterionIds)
            {
                matrix.Add(sheets.Select(s => s.Scores.TryGetValue(criterion, out var score) ? score : null).ToList());
            }
        }

        return new PanelAgreement(
            KrippendorffAlpha.Compute(matrix, AlphaMetric.Ordinal),
            KrippendorffAlpha.Compute(matrix, AlphaMetric.Interval),
            KrippendorffAlpha.Compute(matrix, AlphaMetric.Nominal));
    }
}
