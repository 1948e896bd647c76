using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>Checks a scorer's sheet against the rubric: every criterion, each 1..5, N/A only where allowed.</summary>
public static class RubricValidator
{
    public static IReadOnlyDictionary<string, int?> Validate(IReadOnlyList<RubricCriterionView> rubric, IReadOnlyDictionary<string, int?> scores)
    {
        var byId = rubric.ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, int?>();
        foreach (var (key, score) in scores)
        {
            if (!byId.TryGetValue(key, out var criterion))
            {
                throw new DrillRuleException(
                    $"'{TextSanitizer.Clean(key)}' is not a rubric criterion; the criteria are: {string.Join(", ", rubric.Select(c => c.Id))}.");
            }

            if (score is int value && value is < DrillLimits.MinScore or > DrillLimits.MaxScore)
            {
                throw new DrillRuleException(
                    $"The score for {criterion.Id} is {value}; scores go from {DrillLimits.MinScore} to {DrillLimits.MaxScore} (or N/A where allowed).");
            }

            if (score is null && !criterion.AllowsNotApplicable)
            {
                throw new DrillRuleException($"{criterion.Id} cannot be N/A: give it a score from 1 to 5.");
            }

            result[criterion.Id] = score;
        }

        var missing = rubric.Where(c => !result.ContainsKey(c.Id)).Select(c => c.Id).ToList();
        if (missing.Count > 0)
        {
            throw new DrillRuleException($"Scores are missing for: {string.Join(", ", missing)}.");
        }

        return result;
    }
}
