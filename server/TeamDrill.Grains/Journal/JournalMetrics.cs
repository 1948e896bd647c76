using System.Diagnostics.Metrics;

namespace TeamDrill.Grains.Journal;

/// <summary>What an operator watches of the room journal: meter <c>TeamDrill.Storage</c>.</summary>
public sealed class JournalMetrics : IDisposable
{
    public const string MeterName = "TeamDrill.Storage";
    private readonly Meter _meter = new(MeterName);

    public JournalMetrics()
    {
        BatchSize = _meter.CreateHistogram<int>("teamdrill.storage.batch_size", description: "room writes committed together (one fsync)");
        CommitMilliseconds = _meter.CreateHistogram<double>("teamdrill.storage.commit_ms", unit: "ms", description: "time to write and commit one batch");
        BytesWritten = _meter.CreateCounter<long>("teamdrill.storage.bytes", unit: "By", description: "payload bytes committed (events, snapshots, finished drills)");
        Conflicts = _meter.CreateCounter<long>("teamdrill.storage.conflicts", description: "writes refused because another activation moved the room on");
        Failures = _meter.CreateCounter<long>("teamdrill.storage.failures", description: "writes that failed because storage did");
    }

    /// <summary>This instance's meter, for a listener that wants exactly these instruments.</summary>
    public Meter Meter => _meter;

    public Histogram<int> BatchSize { get; }

    public Histogram<double> CommitMilliseconds { get; }

    public Counter<long> BytesWritten { get; }

    public Counter<long> Conflicts { get; }

    public Counter<long> Failures { get; }

    public void Dispose() => _meter.Dispose();
}
