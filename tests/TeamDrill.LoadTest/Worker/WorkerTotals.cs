using TeamDrill.LoadTest.Measurement;

namespace TeamDrill.LoadTest.Worker;

/// <summary>A worker's rooms added up once the run is over (single-threaded), then turned into its result line.</summary>
public sealed class WorkerTotals
{
    public long Scheduled { get; set; }
    public long Sent { get; set; }
    public long Acknowledged { get; set; }
    public long AcknowledgedInWindow { get; set; }
    public long Failed { get; set; }
    public long Lost { get; set; }
    public long Unacknowledged { get; set; }
    public long Deliveries { get; set; }
    public long Duplicates { get; set; }
    public long Stray { get; set; }
    public LatencyHistogram FanOut { get; } = new();
    public LatencyHistogram Acknowledgement { get; } = new();
    public LatencyHistogram ScheduleLag { get; } = new();

    public WorkerResult ToResult(int workerId, int rooms, int connections, double setupSeconds, long connectionsClosed, FailureTally failures) => new()
    {
        WorkerId = workerId,
        Rooms = rooms,
        Connections = connections,
        SetupSeconds = setupSeconds,
        Scheduled = Scheduled,
        Sent = Sent,
        Acknowledged = Acknowledged,
        AcknowledgedInWindow = AcknowledgedInWindow,
        Failed = Failed,
        Lost = Lost,
        Unacknowledged = Unacknowledged,
        Deliveries = Deliveries,
        Duplicates = Duplicates,
        Stray = Stray,
        ConnectionsClosed = connectionsClosed,
        FailureReasons = failures.Snapshot(),
        FanOut = HistogramData.From(FanOut),
        Acknowledgement = HistogramData.From(Acknowledgement),
        ScheduleLag = HistogramData.From(ScheduleLag),
    };
}
