using System.Runtime;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Gives memory back to the machine after many connections close. What a closed connection held has
/// usually lived long enough to sit in the oldest generation, which an idle server rarely collects, so
/// the process would keep it. When the edge has lost a good share of its connections since the last
/// look and is not gaining them back, one aggressive collection returns it (at most once a minute).
/// </summary>
public sealed partial class MemoryReclaimer(ConnectionRegistry registry, TimeProvider time, ILogger<MemoryReclaimer> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);
    private const int MinimumDrop = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        var peak = registry.Count;
        var previous = peak;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = registry.Count;
            peak = Math.Max(peak, now);
            var dropped = peak - now;
            if (ShouldReclaim(peak, now, previous))
            {
                var before = Environment.WorkingSet;
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                LogReclaimed(dropped, now, (before - Environment.WorkingSet) / (1024 * 1024));
                peak = now;
            }

            previous = now;
        }
    }

    /// <summary>
    /// A good share of the connections seen since the last collection are gone (at least 500, and a
    /// quarter of the peak), and none came back since the last look.
    /// </summary>
    public static bool ShouldReclaim(int peak, int now, int previous) =>
        peak - now >= Math.Max(MinimumDrop, peak / 4) && now <= previous;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Dropped} connections closed ({Open} still open): gave back {Megabytes} MB of memory")]
    private partial void LogReclaimed(int dropped, int open, long megabytes);
}
