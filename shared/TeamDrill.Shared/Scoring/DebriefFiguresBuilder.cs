using System.Globalization;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>
/// Gathers a drill's figures for the debrief: the 0-100 score with its parts, Krippendorff's alpha
/// for the panel, each scorer's calibration, and the tags behind each criterion.
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
        IReadOnlyList<FidelityRating> fidelity)
    {
        var score = AgentScore.Compute(consensus, outcome, angerCurve);
        var agreement = PanelAgreement.ForDrill(rubric, sheets);
        return new DebriefFigures
        {
            Score = score.Score,
            Components = score.Components.Select(p => new ScoreComponent
            {
                Name = p.Name, Weight = p.Weight, Value = p.Value ?? 0, Explanation = p.Detail,
            }).ToList(),
            OrdinalAlpha = Figure(agreement.Ordinal),
            IntervalAlpha = Figure(agreement.Interval),
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

    /// <summary>Alpha rounded to 3 places, or the reason it is undefined: never both.</summary>
    public static AgreementFigure Figure(AlphaResult result) =>
        new() { Alpha = result.Alpha is { } a ? Math.Round(a, 3) : null, Reason = result.Alpha is null ? result.Reason : null };

    private static string Leaning(ScorerLeaning leaning) => leaning switch
    {
        ScorerLeaning.Lenient => "lenient",
        ScorerLeaning.Strict => "strict",
        ScorerLeaning.Balanced => "in line",
        _ => "not enough data",
    };
}
