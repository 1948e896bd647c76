using System.Globalization;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>
/// Gathers a drill's figures for the debrief: the 0-100 score with its parts, Krippendorff's alpha
/// for the panel (indicative for one drill: it comes with its number of paired values), each scorer's
/// calibration, and the tags behind each criterion.
/// </summary>
public static class DebriefFiguresBuilder
{
    public static DebriefFigures Build(
        IReadOnlyList<RubricCriterionView> rubric,
        IReadOnlyList<RubricSheet> sheets,
        IReadOnlyList<CriterionConsensus> consensus,
        IReadOnlyList<MessageTag> tags,
        IReadOnlyList<TranscriptMessage> transcript,
        CallOutcome outcome,
        IReadOnlyList<AngerPoint> angerCurve,
        IReadOnlyList<FidelityRating> fidelity,
        IReadOnlyList<string>? cardCriteria = null)
    {
        var score = AgentScore.Compute(consensus, outcome, angerCurve, cardCriteria);
        var agreement = PanelAgreement.ForDrill(rubric, sheets);
        var scorers = sheets.Count(s => s.Scores.Values.Any(v => v.HasValue));
        return new DebriefFigures
        {
            Score = score.Score,
            Components = score.Components.Select(p => new ScoreComponent
            {
                Name = p.Name, Weight = p.Weight, Value = p.Value ?? 0, Explanation = p.Detail,
            }).ToList(),
            OrdinalAlpha = DrillFigure(agreement.Ordinal, scorers),
            IntervalAlpha = DrillFigure(agreement.Interval, scorers),
            Calibration = ScorerCalibrator.ForDrill(rubric, sheets).Select(c => new ScorerCalibration
            {
                ScorerId = c.ScorerId,
                ScorerName = c.ScorerName,
                Distance = c.MeanAbsoluteDifference,
                Bias = c.Bias,
                Leaning = Leaning(c.Leaning),
                PerCriterion = c.PerCriterion.ToDictionary(p => p.CriterionId, p => p.MeanAbsoluteDifference),
            }).ToList(),
            Reasons = CriterionReasons.Collect(tags, transcript).Select(r => new CriterionReason
            {
                CriterionId = r.CriterionId,
                Plus = r.Plus,
                Minus = r.Minus,
                Evidence = r.Evidence.Select(e => string.Create(
                    CultureInfo.InvariantCulture,
                    $"[{e.MessageNumber}] {(e.Polarity == TagPolarity.Plus ? "+" : "-")}{e.Count} \"{e.Text}\"")).ToList(),
            }).ToList(),
            FidelityMean = fidelity.Count == 0 ? null : Math.Round(fidelity.Average(f => f.Score), 2),
        };
    }

    /// <summary>Alpha rounded to 3 places, or the reason it is undefined: never both; with the number of paired values.</summary>
    public static AgreementFigure Figure(AlphaResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new()
        {
            Alpha = result.Alpha is { } a ? Math.Round(a, 3) : null,
            Reason = result.Alpha is null ? result.Reason : null,
            PairableValues = result.PairableValues,
        };
    }

    /// <summary>One drill's figure: when a single scorer gave numbers, the reason says so plainly.</summary>
    public static AgreementFigure DrillFigure(AlphaResult result, int scorersWithNumbers) =>
        scorersWithNumbers == 1 ? new() { Reason = OneScorerReason } : Figure(result);

    public const string OneScorerReason = "not enough data: one scorer, and agreement needs at least two scoring the same call";

    private static string Leaning(ScorerLeaning leaning) => leaning switch
    {
        ScorerLeaning.Lenient => "lenient",
        ScorerLeaning.Strict => "strict",
        ScorerLeaning.Balanced => "in line",
        ScorerLeaning.PairOnly => "two scorers",
        _ => "not enough data",
    };
}
