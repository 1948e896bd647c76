using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>Turns the scorers' rubric sheets into a consensus per criterion and an overall score.</summary>
public static class ConsensusCalculator
{
    /// <summary>The debrief's consensus per criterion: the mean (two decimals) with the lowest and highest score.</summary>
    public static IReadOnlyList<CriterionConsensus> PerCriterion(
        IReadOnlyList<RubricCriterionView> rubric, IReadOnlyList<RubricSheet> sheets) =>
        Statistics(rubric, sheets).Select(s => new CriterionConsensus
        {
            CriterionId = s.CriterionId,
            Name = s.Name,
            Consensus = s.Mean is double mean ? Math.Round(mean, 2) : null,
            Scored = s.Scored,
            NotApplicable = s.NotApplicable,
            Min = s.Min,
            Max = s.Max,
            Median = s.Median,
            Spread = s.StandardDeviation is double sd ? Math.Round(sd, 2) : null,
        }).ToList();

    /// <summary>The mean of the criteria that have a consensus, on the 1..5 scale; null when none has.</summary>
    public static double? Overall(IReadOnlyList<CriterionConsensus> perCriterion)
    {
        var scored = perCriterion.Where(c => c.Consensus.HasValue).Select(c => c.Consensus!.Value).ToList();
        return scored.Count == 0 ? null : Math.Round(scored.Average(), 2);
    }

    /// <summary>
    /// Median, mean, spread, range and counts per criterion, in rubric order, unrounded. When more scorers
    /// said N/A than gave a number, the criterion is N/A: its figures are null (a tie keeps the numbers).
    /// </summary>
    public static IReadOnlyList<CriterionStatistics> Statistics(
        IReadOnlyList<RubricCriterionView> rubric, IReadOnlyList<RubricSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(sheets);
        var result = new List<CriterionStatistics>(rubric.Count);
        foreach (var criterion in rubric)
        {
            var numbers = new List<int>();
            int notApplicable = 0, missing = 0;
            foreach (var sheet in sheets)
            {
                if (!sheet.Scores.TryGetValue(criterion.Id, out var score))
                {
                    missing++;
                }
                else if (score is int value)
                {
                    numbers.Add(value);
                }
                else
                {
                    notApplicable++;
                }
            }

            // A majority's N/A stands: the minority's numbers are kept in the counts, not in the figures.
            List<int> figures = notApplicable > numbers.Count ? [] : numbers;
            result.Add(new CriterionStatistics(
                criterion.Id,
                criterion.Name,
                Median(figures),
                figures.Count == 0 ? null : figures.Average(),
                StandardDeviation(figures),
                figures.Count == 0 ? null : figures.Min(),
                figures.Count == 0 ? null : figures.Max(),
                numbers.Count,
                notApplicable,
                missing));
        }

        return result;
    }

    /// <summary>The middle score; with an even count, the mean of the two middle scores.</summary>
    public static double? Median(IReadOnlyList<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            return null;
        }

        var sorted = scores.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /// <summary>Sample standard deviation (n − 1); null with fewer than two scores, where spread is undefined.</summary>
    public static double? StandardDeviation(IReadOnlyList<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count < 2)
        {
            return null;
        }

        var mean = scores.Average();
        var sumOfSquares = scores.Sum(s => (s - mean) * (s - mean));
        return Math.Sqrt(sumOfSquares / (scores.Count - 1));
    }
}
