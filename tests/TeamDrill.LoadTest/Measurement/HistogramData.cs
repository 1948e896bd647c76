namespace TeamDrill.LoadTest.Measurement;

/// <summary>A <see cref="LatencyHistogram"/> as it travels in a worker's result line.</summary>
public sealed record HistogramData(long[][] Buckets, long MaxMicroseconds)
{
    public static HistogramData From(LatencyHistogram histogram) => new(histogram.ToPairs(), histogram.MaxMicroseconds);

    public LatencyHistogram ToHistogram() => LatencyHistogram.FromPairs(Buckets, MaxMicroseconds);
}
