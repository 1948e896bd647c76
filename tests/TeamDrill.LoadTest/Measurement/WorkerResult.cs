using System.Text.Json;

namespace TeamDrill.LoadTest.Measurement;

/// <summary>
/// What one worker measured, sent to the coordinator as one JSON line. Every latency is from the
/// message's scheduled send time, on the worker's own Stopwatch.
/// </summary>
public sealed record WorkerResult
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public int WorkerId { get; init; }
    public int Rooms { get; init; }
    public int Connections { get; init; }
    public double SetupSeconds { get; init; }

    /// <summary>Messages the schedule called for.</summary>
    public long Scheduled { get; init; }
    /// <summary>Messages handed to the connection (the schedule reached them before the run was stopped).</summary>
    public long Sent { get; init; }
    public long Acknowledged { get; init; }
    /// <summary>Acknowledged within the sending window (start to start + seconds): the server CPU figure divides by this.</summary>
    public long AcknowledgedInWindow { get; init; }
    /// <summary>Sends that ended in an error (a HubException such as the rate limit, or a closed connection).</summary>
    public long Failed { get; init; }
    /// <summary>Sent, not failed, and not received by all of the room's members by the end of the grace period.</summary>
    public long Lost { get; init; }
    /// <summary>Sent, neither acknowledged nor failed by the end of the grace period.</summary>
    public long Unacknowledged { get; init; }
    /// <summary>Timed messages received, summed over members (8 per message when nothing is lost).</summary>
    public long Deliveries { get; init; }
    /// <summary>A member received the same message twice.</summary>
    public long Duplicates { get; init; }
    /// <summary>Timed messages that matched no message of the receiving room.</summary>
    public long Stray { get; init; }
    /// <summary>Hub connections that closed during the run without the tool closing them.</summary>
    public long ConnectionsClosed { get; init; }

    public Dictionary<string, long> FailureReasons { get; init; } = [];

    /// <summary>Scheduled time to the last of the room's members receiving the message.</summary>
    public HistogramData FanOut { get; init; } = new([], 0);
    /// <summary>Scheduled time to the sender's acknowledgement (the message is on disk).</summary>
    public HistogramData Acknowledgement { get; init; } = new([], 0);
    /// <summary>Scheduled time to the moment the send was actually issued: the client's own lateness.</summary>
    public HistogramData ScheduleLag { get; init; } = new([], 0);
}
