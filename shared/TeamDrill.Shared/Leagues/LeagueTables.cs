using TeamDrill.Shared.Ratings;

namespace TeamDrill.Shared.Leagues;

/// <summary>
/// The standings, the judges' table and the customer-fidelity table. Every table is fully ordered, so
/// positions are 1, 2, 3… with no shared places; the tie-breaks are in each method and docs/leagues.md.
/// Means are compared as shown (two decimals). A member's name is the first one given for its id.
/// </summary>
public static class LeagueTables
{
    /// <summary>Most points; then more drills played; then the better best drill; then name, then id (ordinal).</summary>
    public static IReadOnlyList<StandingRow> Standings(IReadOnlyList<AgentDrillScore> scores, RatingTables? ratings = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        foreach (var score in scores)
        {
            if (!(score.Score >= 0 && score.Score <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(scores), score.Score, $"Drill '{score.DrillId}': an agent's score must be between 0 and 1.");
            }
        }

        return scores
            .GroupBy(s => s.MemberId, StringComparer.Ordinal)
            .Select(g =>
            {
                var points = g.Select(s => Points(s.Score)).ToList();
                return new StandingRow(0, g.Key, g.First().Name, points.Sum(), points.Count, points.Max(),
                    Math.Round(points.Average(), 2, MidpointRounding.AwayFromZero), ratings?.Agent(g.Key).Display());
            })
            .OrderByDescending(r => r.Points)
            .ThenByDescending(r => r.Drills)
            .ThenByDescending(r => r.BestDrill)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.MemberId, StringComparer.Ordinal)
            .Select((r, i) => r with { Position = i + 1 })
            .ToList();
    }

    /// <summary>A drill's league points: the normalized score × 100, rounded half away from zero (0.835 → 84).</summary>
    public static int Points(double score) => (int)Math.Round(score * 100, MidpointRounding.AwayFromZero);

    /// <summary>Lowest mean distance; then more drills scored; then the lower best (smallest) distance; then name, then id.</summary>
    public static IReadOnlyList<JudgeRow> Judges(IReadOnlyList<JudgeDistance> calibrations)
    {
        ArgumentNullException.ThrowIfNull(calibrations);
        return calibrations
            .GroupBy(c => c.ScorerId, StringComparer.Ordinal)
            .Select(g =>
            {
                var perDrill = g.GroupBy(c => c.DrillId, StringComparer.Ordinal).Select(d => d.Average(c => c.Distance)).ToList();
                return new JudgeRow(0, g.Key, g.First().Name, Round2(perDrill.Average()), perDrill.Count, Round2(perDrill.Min()));
            })
            .OrderBy(r => r.MeanDistance)
            .ThenByDescending(r => r.Drills)
            .ThenBy(r => r.BestDistance)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.ScorerId, StringComparer.Ordinal)
            .Select((r, i) => r with { Position = i + 1 })
            .ToList();
    }

    /// <summary>Highest mean fidelity; then more drills as customer; then the better best drill; then name, then id.</summary>
    public static IReadOnlyList<FidelityRow> Fidelity(IReadOnlyList<FidelityScore> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return ratings
            .GroupBy(r => r.CustomerId, StringComparer.Ordinal)
            .Select(g =>
            {
                var perDrill = g.GroupBy(r => r.DrillId, StringComparer.Ordinal).Select(d => d.Average(r => r.Rating)).ToList();
                return new FidelityRow(0, g.Key, g.First().Name, Round2(perDrill.Average()), perDrill.Count, Round2(perDrill.Max()));
            })
            .OrderByDescending(r => r.MeanFidelity)
            .ThenByDescending(r => r.Drills)
            .ThenByDescending(r => r.BestDrill)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.CustomerId, StringComparer.Ordinal)
            .Select((r, i) => r with { Position = i + 1 })
            .ToList();
    }

    private static double Round2(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
