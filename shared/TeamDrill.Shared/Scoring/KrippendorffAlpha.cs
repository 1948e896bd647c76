namespace TeamDrill.Shared.Scoring;

/// <summary>
/// Krippendorff's alpha reliability coefficient, computed as in Krippendorff, "Computing Krippendorff's
/// Alpha-Reliability" (2011): values are paired within units into a coincidence matrix o_ck, each pair
/// weighted 1/(m_u − 1); units with fewer than two values are not pairable and are dropped;
/// alpha = 1 − D_o / D_e = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>
    /// Alpha over a units × coders matrix: one row per unit, one column per coder, null for a missing
    /// value (a coder who did not code the unit, or said N/A). Rows may have different lengths.
    /// </summary>
    public static AlphaResult Compute(IReadOnlyList<IReadOnlyList<double?>> unitsByCoders, AlphaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(unitsByCoders);
        var units = new List<double[]>();
        foreach (var row in unitsByCoders)
        {
            var values = row.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
            if (values.Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException("Values must be finite numbers; use null for a missing value.", nameof(unitsByCoders));
            }

            if (metric == AlphaMetric.Ratio && values.Any(v => v < 0))
            {
                throw new ArgumentException("The ratio metric needs values of zero or more.", nameof(unitsByCoders));
            }

            if (values.Length >= 2)
            {
                units.Add(values);
            }
        }

        var n = units.Sum(u => u.Length);
        if (n < 2)
        {
            return new AlphaResult(metric, null, "fewer than two pairable values: every unit has at most one value", 0, 0, null, null);
        }

        // The distinct values in order are the coincidence matrix's rows and columns.
        var categories = units.SelectMany(u => u).Distinct().Order().ToArray();
        var index = categories.Select((value, i) => (value, i)).ToDictionary(p => p.value, p => p.i);
        var c = categories.Length;
        var coincidences = new double[c, c];
        foreach (var unit in units)
        {
            var weight = 1.0 / (unit.Length - 1);
            for (var i = 0; i < unit.Length; i++)
            {
                for (var j = 0; j < unit.Length; j++)
                {
                    if (i != j)
                    {
                        coincidences[index[unit[i]], index[unit[j]]] += weight;
                    }
                }
            }
        }

        var marginals = new double[c];
        for (var i = 0; i < c; i++)
        {
            for (var j = 0; j < c; j++)
            {
                marginals[i] += coincidences[i, j];
            }
        }

        var delta = Distances(categories, marginals, metric);
        double observed = 0, expected = 0;
        for (var i = 0; i < c; i++)
        {
            for (var j = 0; j < c; j++)
            {
                observed += coincidences[i, j] * delta[i, j];
                expected += marginals[i] * marginals[j] * delta[i, j];
            }
        }

        observed /= n;
        expected /= (double)n * (n - 1);
        if (expected <= 0)
        {
            return new AlphaResult(metric, null, "no variation: every pairable value is the same, so no disagreement is expected", units.Count, n, observed, expected);
        }

        return new AlphaResult(metric, 1 - (observed / expected), null, units.Count, n, observed, expected);
    }

    /// <summary>Alpha over whole-number scores, null for missing.</summary>
    public static AlphaResult Compute(IReadOnlyList<IReadOnlyList<int?>> unitsByCoders, AlphaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(unitsByCoders);
        return Compute(unitsByCoders.Select(row => (IReadOnlyList<double?>)row.Select(v => (double?)v).ToList()).ToList(), metric);
    }

    /// <summary>
    /// δ²_ck. Ordinal uses the marginals: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², so the distance between two
    /// ranks depends on how many values were placed between them, not on the numbers' sizes.
    /// </summary>
    private static double[,] Distances(double[] categories, double[] marginals, AlphaMetric metric)
    {
        var c = categories.Length;
        var delta = new double[c, c];
        for (var i = 0; i < c; i++)
        {
            for (var j = 0; j < c; j++)
            {
                delta[i, j] = metric switch
                {
                    AlphaMetric.Nominal => i == j ? 0 : 1,
                    AlphaMetric.Interval => (categories[i] - categories[j]) * (categories[i] - categories[j]),
                    AlphaMetric.Ratio => RatioDistance(categories[i], categories[j]),
                    AlphaMetric.Ordinal => Square(OrdinalSpan(marginals, Math.Min(i, j), Math.Max(i, j))),
                    _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
                };
            }
        }

        return delta;
    }

    private static double OrdinalSpan(double[] marginals, int low, int high)
    {
        if (low == high)
        {
            return 0;
        }

        double sum = 0;
        for (var g = low; g <= high; g++)
        {
            sum += marginals[g];
        }

        return sum - ((marginals[low] + marginals[high]) / 2);
    }

    private static double RatioDistance(double c, double k) => c + k == 0 ? 0 : Square((c - k) / (c + k));

    private static double Square(double x) => x * x;
}
