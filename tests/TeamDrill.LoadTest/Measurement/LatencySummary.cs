using System.Globalization;

namespace TeamDrill.LoadTest.Measurement;

/// <summary>The percentiles a report prints, in milliseconds (null when nothing was measured).</summary>
public sealed record LatencySummary(long Count, double? P50Ms, double? P99Ms, double? MaxMs)
{
    public static LatencySummary From(LatencyHistogram histogram) =>
        new(histogram.Count, histogram.PercentileMs(0.50), histogram.PercentileMs(0.99), histogram.MaxMs);

    public override string ToString() =>
        Count == 0 ? "nothing measured" : $"p50 {Ms(P50Ms)}, p99 {Ms(P99Ms)}, max {Ms(MaxMs)} ({Count:N0} samples)";

    public static string Ms(double? value) =>
        value switch
        {
            null => "-",
            < 10 => value.Value.ToString("F2", CultureInfo.InvariantCulture) + " ms",
            < 100 => value.Value.ToString("F1", CultureInfo.InvariantCulture) + " ms",
            _ => value.Value.ToString("N0", CultureInfo.InvariantCulture) + " ms",
        };
}
