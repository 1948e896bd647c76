using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.LineMode;

/// <summary>Matches a <see cref="ScoreCommand"/> to the drill's rubric: every criterion scored once, N/A only where allowed.</summary>
public static class RubricScores
{
    public static bool TryResolve(
        ScoreCommand command,
        IReadOnlyList<RubricCriterionView> rubric,
        out Dictionary<string, int?> scores,
        out string error)
    {
        var resolved = new Dictionary<string, int?>();
        scores = resolved;
        error = "";
        if (rubric.Count == 0)
        {
            error = "no rubric yet: it arrives when a drill starts";
            return false;
        }

        var ids = string.Join(", ", rubric.Select(c => TextSanitizer.Clean(c.Id)));
        if (command.Positional.Count > 0)
        {
            if (command.Positional.Count != rubric.Count)
            {
                error = $"the rubric has {rubric.Count} criteria ({ids}); you gave {command.Positional.Count} score{(command.Positional.Count == 1 ? "" : "s")}";
                return false;
            }

            for (var i = 0; i < rubric.Count; i++)
            {
                scores[rubric[i].Id] = command.Positional[i];
            }
        }
        else
        {
            foreach (var (key, score) in command.Named)
            {
                var matches = Match(key, rubric);
                if (matches.Count == 0)
                {
                    error = $"unknown criterion '{TextSanitizer.Clean(key)}': the rubric has {ids}";
                    return false;
                }

                if (matches.Count > 1)
                {
                    error = $"'{TextSanitizer.Clean(key)}' matches more than one criterion: {string.Join(", ", matches.Select(c => TextSanitizer.Clean(c.Id)))}";
                    return false;
                }

                if (scores.ContainsKey(matches[0].Id))
                {
                    error = $"criterion '{TextSanitizer.Clean(matches[0].Id)}' is scored twice";
                    return false;
                }

                scores[matches[0].Id] = score;
            }

            var missing = rubric.Where(c => !resolved.ContainsKey(c.Id)).Select(c => TextSanitizer.Clean(c.Id)).ToList();
            if (missing.Count > 0)
            {
                error = $"missing scores for: {string.Join(", ", missing)} (use na for not applicable)";
                return false;
            }
        }

        var refused = rubric.FirstOrDefault(c => !c.AllowsNotApplicable && resolved[c.Id] is null);
        if (refused is not null)
        {
            error = $"criterion '{TextSanitizer.Clean(refused.Id)}' cannot be na: give it {DrillLimits.MinScore}-{DrillLimits.MaxScore}";
            return false;
        }

        return true;
    }

    // Exact id or name first; then a unique prefix, then a unique part of the id ("listening" for "active-listening").
    private static List<RubricCriterionView> Match(string key, IReadOnlyList<RubricCriterionView> rubric)
    {
        var exact = rubric.Where(c => Same(c.Id, key) || Same(c.Name, key)).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var prefix = rubric.Where(c => c.Id.StartsWith(key, StringComparison.OrdinalIgnoreCase)).ToList();
        return prefix.Count > 0 ? prefix : [.. rubric.Where(c => c.Id.Contains(key, StringComparison.OrdinalIgnoreCase))];
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
