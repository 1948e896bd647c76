namespace TeamDrill.Shared.Content.Yaml;

/// <summary>Finds the known name a misspelt one was most likely meant to be.</summary>
public static class ClosestName
{
    /// <summary>The closest candidate within a few edits, or null when nothing is close enough.</summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        var lowered = name.ToLowerInvariant();
        var limit = Math.Max(2, lowered.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>Levenshtein distance, counting a swap of two neighbours as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>" (did you mean 'x'?)" or an empty string.</summary>
    public static string Suggestion(string name, IEnumerable<string> candidates)
    {
        var closest = Find(name, candidates);
        return closest is null ? "" : $"; did you mean '{closest}'?";
    }
}
