using System.Diagnostics.Metrics;

namespace TeamDrill.Grains.Journal;

/// <summary>What an operator watches of the room journal: meter <c>TeamDrill.Storage</c>, owned by the host's meter factory.</summary>
public sealed class JournalMetrics
{
    public const string MeterName = "TeamDrill.Storage";

    public JournalMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter = meters.Create(MeterName);
        BatchSize = Meter.CreateHistogram<int>("teamdrill.storage.batch_size", description: "room writes committed together (one fsync)");
        CommitMilliseconds = Meter.CreateHistogram<double>("teamdrill.storage.commit_ms", unit: "ms", description: "time to write and commit one batch");
        BytesWritten = Meter.CreateCounter<long>("teamdrill.storage.bytes", unit: "By", description: "payload bytes committed (events, snapshots, finished drills)");
        Conflicts = Meter.CreateCounter<long>("teamdrill.storage.conflicts", description: "writes refused because another activation moved the room on");
        Failures = Meter.CreateCounter<long>("teamdrill.storage.failures", description: "writes that failed because storage did");

        // A counter shows in a scrape from the start, so a rate over it has a first point.
        BytesWritten.Add(0);
        Conflicts.Add(0);
        Failures.Add(0);
    }

    /// <summary>This journal's meter, for a listener that wants exactly these instruments.</summary>
    public Meter Meter { get; }

    public Histogram<int> BatchSize { get; }

    public Histogram<double> CommitMilliseconds { get; }

    public Counter<long> BytesWritten { get; }

    public Counter<long> Conflicts { get; }

    public Counter<long> Failures { get; }
}
