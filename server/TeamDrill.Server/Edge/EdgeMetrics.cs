using System.Diagnostics.Metrics;

namespace TeamDrill.Server.Edge;

/// <summary>What an operator watches at an edge: meter <c>TeamDrill.Edge</c>, owned by the host's meter factory.</summary>
public sealed class EdgeMetrics
{
    public const string MeterName = "TeamDrill.Edge";

    public EdgeMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        Connections = meter.CreateUpDownCounter<int>("teamdrill.edge.connections", description: "open hub connections");
        EventsSent = meter.CreateCounter<long>("teamdrill.edge.events_sent", description: "room events written to connections");
        SlowClientsDropped = meter.CreateCounter<long>("teamdrill.edge.slow_clients_dropped", description: "connections dropped for a full outbound queue");
        CatchUps = meter.CreateCounter<long>("teamdrill.edge.catch_ups", description: "times this edge asked a room for pushes it missed (late or lost)");
        RouteLatency = meter.CreateHistogram<double>("teamdrill.edge.route_ms", unit: "ms", description: "time to hand one room's new events to every local connection that follows it");
        Refusals = meter.CreateCounter<long>("teamdrill.edge.refusals", description: "hub calls refused, by reason: rule, rate_limited, unavailable or failed");

        // A counter (and the connection count) shows in a scrape from the start, so a rate over it has a first point.
        Connections.Add(0);
        EventsSent.Add(0);
        SlowClientsDropped.Add(0);
        CatchUps.Add(0);
    }

    /// <summary>Reasons a hub call was refused, as the <c>reason</c> tag of <see cref="Refusals"/>.</summary>
    public static class RefusalReason
    {
        public const string Rule = "rule";
        public const string RateLimited = "rate_limited";
        public const string Unavailable = "unavailable";
        public const string Failed = "failed";
    }

    public UpDownCounter<int> Connections { get; }

    public Counter<long> EventsSent { get; }

    public Counter<long> SlowClientsDropped { get; }

    public Histogram<double> RouteLatency { get; }

    public Counter<long> CatchUps { get; }

    public Counter<long> Refusals { get; }

    public void Refused(string reason) => Refusals.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
