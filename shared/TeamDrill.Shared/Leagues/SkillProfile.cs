namespace TeamDrill.Shared.Leagues;

/// <summary>A member's consensus per rubric criterion over the season, with its trend; criteria in ordinal order of id.</summary>
public sealed record SkillProfile(string MemberId, string Name, IReadOnlyList<CriterionProfile> Criteria)
{
    /// <summary>A slope of at least this many rubric points per drill (up or down) is a trend: 1 point over 10 drills.</summary>
    public const double TrendThreshold = 0.1;

    /// <summary>With fewer drills than this a criterion is reported steady with no slope: two points always make a line.</summary>
    public const int MinimumDrillsForTrend = 3;

    public static SkillProfile Build(string memberId, string name, IReadOnlyList<CriterionScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var criteria = scores
            .GroupBy(s => s.CriterionId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var inOrder = g.OrderBy(s => s.DrillOrder).Select(s => s.Consensus).ToList();
                var slope = inOrder.Count >= MinimumDrillsForTrend ? Math.Round(Slope(inOrder), 3, MidpointRounding.AwayFromZero) : (double?)null;
                return new CriterionProfile(g.Key, Math.Round(inOrder.Average(), 2, MidpointRounding.AwayFromZero), inOrder.Count, slope, TrendOf(slope));
            })
            .ToList();
        return new SkillProfile(memberId, name, criteria);
    }

    public static Trend TrendOf(double? slope) => slope switch
    {
        >= TrendThreshold => Trend.Rising,
        <= -TrendThreshold => Trend.Falling,
        _ => Trend.Steady,
    };

    /// <summary>Ordinary least squares of the values against their position 0, 1, 2…</summary>
    private static double Slope(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var meanX = (n - 1) / 2.0;
        var meanY = values.Average();
        double covariance = 0, variance = 0;
        for (var x = 0; x < n; x++)
        {
            covariance += (x - meanX) * (values[x] - meanY);
            variance += (x - meanX) * (x - meanX);
        }

        return covariance / variance;
    }
}
