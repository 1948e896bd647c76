using System.Globalization;
using TeamDrill.Shared.Content;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>
/// The agent's overall score on 0..100 (docs/scoring.md works through each part):
/// <code>
/// score = 0.80 × R + 0.10 × O + 0.10 × A
///   R (rubric)  = 25 × (m − 1), m = weighted mean of the criteria's consensus scores (criteria without one left out):
///                 a criterion the card lists weighs 2, any other 1, so 1 → 0, 5 → 100
///   O (outcome) = resolved 100, escalated 100 when the panel judged the escalation warranted (escalation
///                 consensus 3 or more) and 60 otherwise, timed out 20, hung up 0
///   A (anger)   = 50 ± 50 × the share of the possible change: calmed, (start − end) / start; raised,
///                 (end − start) / (10 − start); so calming to 0 earns 100 from any start, no change 50
/// </code>
/// Without a rubric consensus there is no score (the outcome alone says little about the agent). An
/// unknown outcome or an empty anger curve drops that component and its weight is shared by the others
/// in proportion. The score is rounded to one decimal.
/// </summary>
public static class AgentScore
{
    public const double RubricWeight = 0.80;
    public const double OutcomeWeight = 0.10;
    public const double AngerWeight = 0.10;

    /// <summary>A criterion the card lists counts this many times in the rubric mean; any other once.</summary>
    public const double CardCriterionWeight = 2.0;

    /// <summary>The escalation consensus from which the panel judged an escalation warranted (anchor 3).</summary>
    public const double WarrantedEscalation = 3.0;

    private const int MaximumAnger = 10;

    /// <summary>What each outcome is worth on 0..100 when nothing is known about an escalation; <see cref="CallOutcome.None"/> has no value.</summary>
    public static double? OutcomeValue(CallOutcome outcome) => OutcomeValue(outcome, null);

    /// <summary>
    /// What each outcome is worth on 0..100. An escalation the panel scored <see cref="WarrantedEscalation"/>
    /// or more on the escalation criterion was the call the card asked for, and is worth a resolution.
    /// </summary>
    public static double? OutcomeValue(CallOutcome outcome, double? escalationConsensus) => outcome switch
    {
        CallOutcome.Resolved => 100,
        CallOutcome.Escalated => escalationConsensus >= WarrantedEscalation ? 100 : 60,
        CallOutcome.TimedOut => 20,
        CallOutcome.HungUp => 0,
        _ => null,
    };

    /// <summary>
    /// The anger change's value on 0..100, relative to where the call started: 50 for no change, 100 for
    /// calming all the way to 0, 0 for raising all the way to 10, in proportion between.
    /// </summary>
    public static double AngerValue(int start, int end)
    {
        start = Math.Clamp(start, 0, MaximumAnger);
        end = Math.Clamp(end, 0, MaximumAnger);
        return end < start ? 50 + (50.0 * (start - end) / start)
            : end > start ? 50 - (50.0 * (end - start) / (MaximumAnger - start))
            : 50;
    }

    /// <summary>The rubric's value on 0..100 from a mean criterion score on 1..5.</summary>
    public static double RubricValue(double meanScore) => Math.Clamp(25 * (meanScore - 1), 0, 100);

    public static ScoreBreakdown Compute(
        IReadOnlyList<CriterionStatistics> criteria, CallOutcome outcome, IReadOnlyList<AngerPoint> angerCurve,
        IReadOnlyList<string>? cardCriteria = null)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return Compute(criteria.Select(c => (c.CriterionId, c.Mean)).ToList(), outcome, angerCurve, cardCriteria ?? []);
    }

    public static ScoreBreakdown Compute(
        IReadOnlyList<CriterionConsensus> criteria, CallOutcome outcome, IReadOnlyList<AngerPoint> angerCurve,
        IReadOnlyList<string>? cardCriteria = null)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return Compute(criteria.Select(c => (c.CriterionId, c.Consensus)).ToList(), outcome, angerCurve, cardCriteria ?? []);
    }

    private static ScoreBreakdown Compute(
        IReadOnlyList<(string Id, double? Mean)> criterionMeans, CallOutcome outcome, IReadOnlyList<AngerPoint> angerCurve,
        IReadOnlyList<string> cardCriteria)
    {
        ArgumentNullException.ThrowIfNull(angerCurve);
        var rubric = RubricPart(criterionMeans, cardCriteria);
        var escalation = criterionMeans.FirstOrDefault(c => c.Id == RubricCriterionIds.Escalation).Mean;
        var outcomeValue = OutcomeValue(outcome, escalation);
        var outcomePart = new ScorePart("Outcome", OutcomeWeight, outcomeValue,
            outcomeValue is null ? "no outcome recorded" : OutcomeDetail(outcome, escalation));

        ScorePart anger;
        if (angerCurve.Count == 0)
        {
            anger = new ScorePart("Anger change", AngerWeight, null, "no anger recorded");
        }
        else
        {
            int start = angerCurve[0].Level, end = angerCurve[^1].Level;
            anger = new ScorePart("Anger change", AngerWeight, AngerValue(start, end), AngerDetail(start, end));
        }

        IReadOnlyList<ScorePart> components = [rubric, outcomePart, anger];
        if (rubric.Value is null)
        {
            return new ScoreBreakdown(null, components, "not enough data: no rubric consensus");
        }

        var present = components.Where(c => c.Value.HasValue).ToList();
        var score = present.Sum(c => c.Weight * c.Value!.Value) / present.Sum(c => c.Weight);
        return new ScoreBreakdown(Math.Round(score, 1), components, null);
    }

    private static ScorePart RubricPart(IReadOnlyList<(string Id, double? Mean)> criterionMeans, IReadOnlyList<string> cardCriteria)
    {
        var scored = criterionMeans.Where(c => c.Mean.HasValue)
            .Select(c => (Mean: c.Mean!.Value, Weight: cardCriteria.Contains(c.Id) ? CardCriterionWeight : 1.0)).ToList();
        if (scored.Count == 0)
        {
            return new ScorePart("Rubric", RubricWeight, null, "no criterion has a score");
        }

        var m = scored.Sum(c => c.Mean * c.Weight) / scored.Sum(c => c.Weight);
        var doubled = scored.Count(c => c.Weight > 1);
        var detail = doubled == 0
            ? $"mean criterion score {F(m, "0.00")} of 5 over {scored.Count} criteria"
            : $"weighted mean criterion score {F(m, "0.00")} of 5 over {scored.Count} criteria ({doubled} the card tests count double)";
        return new ScorePart("Rubric", RubricWeight, RubricValue(m), detail);
    }

    private static string OutcomeDetail(CallOutcome outcome, double? escalation) => outcome switch
    {
        CallOutcome.Resolved => "resolved",
        CallOutcome.Escalated when escalation is null => "escalated to a supervisor (escalation not scored)",
        CallOutcome.Escalated when escalation >= WarrantedEscalation =>
            $"escalated to a supervisor when warranted (escalation {F(escalation.Value, "0.0#")} of 5)",
        CallOutcome.Escalated => $"escalated to a supervisor without a warranted reason (escalation {F(escalation!.Value, "0.0#")} of 5)",
        CallOutcome.TimedOut => "timed out",
        CallOutcome.EndedByHost => "ended by the host",
        CallOutcome.HungUp => "customer hung up",
        _ => "none",
    };

    private static string AngerDetail(int start, int end)
    {
        var change = end - start;
        if (change == 0)
        {
            return $"anger {start} → {end} (0)";
        }

        var room = change < 0 ? start : MaximumAnger - start;
        var direction = change < 0 ? "calmed" : "raised";
        return $"anger {start} → {end} ({(change > 0 ? "+" : "")}{change}: {direction} {Math.Abs(change)} of {room} possible)";
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
