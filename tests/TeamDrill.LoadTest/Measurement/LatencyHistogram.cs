namespace TeamDrill.LoadTest.Measurement;

/// <summary>
/// Durations in microseconds, counted in buckets that are exact below 1,024 µs and within 0.2 %
/// above (512 buckets per power of two), with the exact maximum kept aside. A worker sends this
/// instead of every sample: a burst run of 1,000 rooms is a million samples, the histogram a few
/// thousand buckets, and percentiles read from it are as good as the samples for p50 and p99.
/// </summary>
public sealed class LatencyHistogram
{
    private const int ExactBelow = 1024;
    private const int SubBuckets = 512;

    private readonly Dictionary<int, long> _counts = [];

    public long Count { get; private set; }

    public long MaxMicroseconds { get; private set; }

    public void Record(long microseconds)
    {
        var value = Math.Max(0, microseconds);
        var bucket = BucketOf(value);
        _counts[bucket] = _counts.GetValueOrDefault(bucket) + 1;
        Count++;
        MaxMicroseconds = Math.Max(MaxMicroseconds, value);
    }

    public void Add(LatencyHistogram other)
    {
        foreach (var (bucket, count) in other._counts)
        {
            _counts[bucket] = _counts.GetValueOrDefault(bucket) + count;
        }

        Count += other.Count;
        MaxMicroseconds = Math.Max(MaxMicroseconds, other.MaxMicroseconds);
    }

    /// <summary>Nearest-rank percentile (0 &lt; <paramref name="fraction"/> ≤ 1) in milliseconds; null when empty.</summary>
    public double? PercentileMs(double fraction)
    {
        if (Count == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(fraction * Count));
        long seen = 0;
        foreach (var bucket in _counts.Keys.Order())
        {
            seen += _counts[bucket];
            if (seen >= rank)
            {
                // The bucket's middle, but never above the largest value actually seen.
                return Math.Min(MiddleOf(bucket), MaxMicroseconds) / 1000.0;
            }
        }

        return MaxMicroseconds / 1000.0;
    }

    public double? MaxMs => Count == 0 ? null : MaxMicroseconds / 1000.0;

    /// <summary>The buckets as [bucket, count] pairs, for the worker's result line.</summary>
    public long[][] ToPairs() => [.. _counts.OrderBy(p => p.Key).Select(p => new[] { (long)p.Key, p.Value })];

    public static LatencyHistogram FromPairs(long[][] pairs, long maxMicroseconds)
    {
        var histogram = new LatencyHistogram();
        foreach (var pair in pairs)
        {
            histogram._counts[(int)pair[0]] = histogram._counts.GetValueOrDefault((int)pair[0]) + pair[1];
            histogram.Count += pair[1];
        }

        histogram.MaxMicroseconds = maxMicroseconds;
        return histogram;
    }

    private static int BucketOf(long value)
    {
        if (value < ExactBelow)
        {
            return (int)value;
        }

        // value has 2^(shift + 9) ≤ value < 2^(shift + 10): keep its top 10 bits.
        var shift = 63 - (int)long.LeadingZeroCount(value) - 9;
        var top = (int)(value >> shift);
        return ExactBelow + ((shift - 1) * SubBuckets) + (top - SubBuckets);
    }

    private static double MiddleOf(int bucket)
    {
        if (bucket < ExactBelow)
        {
            return bucket;
        }

        var shift = ((bucket - ExactBelow) / SubBuckets) + 1;
        var top = ((bucket - ExactBelow) % SubBuckets) + SubBuckets;
        return ((long)top << shift) + ((1L << shift) / 2.0);
    }
}
