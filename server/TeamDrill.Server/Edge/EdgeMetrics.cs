using System.Diagnostics.Metrics;

namespace TeamDrill.Server.Edge;

/// <summary>What an operator watches at an edge: meter <c>TeamDrill.Edge</c>.</summary>
public sealed class EdgeMetrics : IDisposable
{
    public const string MeterName = "TeamDrill.Edge";
    private readonly Meter _meter = new(MeterName);

    public EdgeMetrics()
    {
        Connections = _meter.CreateUpDownCounter<int>("teamdrill.edge.connections", description: "open hub connections");
        EventsSent = _meter.CreateCounter<long>("teamdrill.edge.events_sent", description: "room events written to connections");
        SlowClientsDropped = _meter.CreateCounter<long>("teamdrill.edge.slow_clients_dropped", description: "connections dropped for a full outbound queue");
        CatchUps = _meter.CreateCounter<long>("teamdrill.edge.catch_ups", description: "times this edge asked a room for pushes it missed (late or lost)");
        RouteLatency = _meter.CreateHistogram<double>("teamdrill.edge.route_ms", unit: "ms", description: "time to hand one room's new events to every local connection that follows it");
    }

    public UpDownCounter<int> Connections { get; }

    public Counter<long> EventsSent { get; }

    public Counter<long> SlowClientsDropped { get; }

    public Histogram<double> RouteLatency { get; }

    public Counter<long> CatchUps { get; }

    public void Dispose() => _meter.Dispose();
}
