using System.Globalization;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>
/// The agent's overall score on 0..100:
/// <code>
/// score = 0.80 × R + 0.10 × O + 0.10 × A
///   R (rubric)  = 25 × (m − 1), m = mean of the criteria's mean scores (criteria everyone marked N/A left out), so 1 → 0, 5 → 100
///   O (outcome) = resolved 100, escalated 60, timed out 20, hung up 0
///   A (anger)   = clamp(50 − 5 × (end − start), 0, 100), start and end = first and last points of the anger curve (0..10),
///                 so no change is 50, each point calmed adds 5, each point raised takes 5
/// </code>
/// Escalating earns less than resolving but more than a timeout: on a card that demands a manager it is
/// the right call, and the rubric's escalation criterion rewards doing it well. Without a rubric
/// consensus there is no score (the outcome alone says little about the agent). An unknown outcome or an
/// empty anger curve drops that component and its weight is shared by the others in proportion.
/// The score is rounded to one decimal.
/// </summary>
public static class AgentScore
{
    public const double RubricWeight = 0.80;
    public const double OutcomeWeight = 0.10;
    public const double AngerWeight = 0.10;

    /// <summary>What each outcome is worth on 0..100; <see cref="CallOutcome.None"/> has no value.</summary>
    public static double? OutcomeValue(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Resolved => 100,
        CallOutcome.Escalated => 60,
        CallOutcome.TimedOut => 20,
        CallOutcome.HungUp => 0,
        _ => null,
    };

    /// <summary>The anger change's value on 0..100: 50 for no change, ±5 per point, clamped.</summary>
    public static double AngerValue(int start, int end) => Math.Clamp(50 - (5.0 * (end - start)), 0, 100);

    /// <summary>The rubric's value on 0..100 from a mean criterion score on 1..5.</summary>
    public static double RubricValue(double meanScore) => Math.Clamp(25 * (meanScore - 1), 0, 100);

    public static ScoreBreakdown Compute(
        IReadOnlyList<CriterionStatistics> criteria, CallOutcome outcome, IReadOnlyList<AngerPoint> angerCurve)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return Compute(criteria.Select(c => c.Mean).ToList(), outcome, angerCurve);
    }

    public static ScoreBreakdown Compute(
        IReadOnlyList<CriterionConsensus> criteria, CallOutcome outcome, IReadOnlyList<AngerPoint> angerCurve)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return Compute(criteria.Select(c => c.Consensus).ToList(), outcome, angerCurve);
    }

    private static ScoreBreakdown Compute(IReadOnlyList<double?> criterionMeans, CallOutcome outcome, IReadOnlyList<AngerPoint> angerCurve)
    {
        ArgumentNullException.ThrowIfNull(angerCurve);
        var means = criterionMeans.Where(m => m.HasValue).Select(m => m!.Value).ToList();
        ScorePart rubric;
        if (means.Count == 0)
        {
            rubric = new ScorePart("Rubric", RubricWeight, null, "no criterion has a score");
        }
        else
        {
            var m = means.Average();
            rubric = new ScorePart("Rubric", RubricWeight, RubricValue(m),
                $"mean criterion score {F(m, "0.00")} of 5 over {means.Count} criteria");
        }

        var outcomeValue = OutcomeValue(outcome);
        var outcomePart = new ScorePart("Outcome", OutcomeWeight, outcomeValue,
            outcomeValue is null ? "no outcome recorded" : $"{OutcomeName(outcome)}");

        ScorePart anger;
        if (angerCurve.Count == 0)
        {
            anger = new ScorePart("Anger change", AngerWeight, null, "no anger recorded");
        }
        else
        {
            int start = angerCurve[0].Level, end = angerCurve[^1].Level;
            var change = end - start;
            var sign = change > 0 ? "+" : "";
            anger = new ScorePart("Anger change", AngerWeight, AngerValue(start, end),
                $"anger {start} → {end} ({sign}{change})");
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

    private static string OutcomeName(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Resolved => "resolved",
        CallOutcome.Escalated => "escalated to a supervisor",
        CallOutcome.TimedOut => "timed out",
        CallOutcome.EndedByHost => "ended by the host",
        CallOutcome.HungUp => "customer hung up",
        _ => "none",
    };

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
