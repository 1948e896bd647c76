using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>Turns the scorers' rubric sheets into a consensus per criterion and an overall score.</summary>
public static class ConsensusCalculator
{
    public static IReadOnlyList<CriterionConsensus> PerCriterion(
        IReadOnlyList<RubricCriterionView> rubric, IReadOnlyList<RubricSheet> sheets)
    {
        var result = new List<CriterionConsensus>(rubric.Count);
        foreach (var criterion in rubric)
        {
            var numbers = new List<int>();
            var notApplicable = 0;
            foreach (var sheet in sheets)
            {
                if (!sheet.Scores.TryGetValue(criterion.Id, out var score))
                {
                    continue;
                }

                if (score is int value)
                {
                    numbers.Add(value);
                }
                else
                {
                    notApplicable++;
                }
            }

            result.Add(new CriterionConsensus
            {
                CriterionId = criterion.Id,
                Name = criterion.Name,
                Consensus = numbers.Count == 0 ? null : Math.Round(numbers.Average(), 2),
                Scored = numbers.Count,
                NotApplicable = notApplicable,
                Min = numbers.Count == 0 ? null : numbers.Min(),
                Max = numbers.Count == 0 ? null : numbers.Max(),
            });
        }

        return result;
    }

    /// <summary>The mean of the criteria that have a consensus, on the 1..5 scale; null when none has.</summary>
    public static double? Overall(IReadOnlyList<CriterionConsensus> perCriterion)
    {
        var scored = perCriterion.Where(c => c.Consensus.HasValue).Select(c => c.Consensus!.Value).ToList();
        return scored.Count == 0 ? null : Math.Round(scored.Average(), 2);
    }
}
