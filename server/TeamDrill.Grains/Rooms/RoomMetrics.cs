using System.Diagnostics.Metrics;

namespace TeamDrill.Grains.Rooms;

/// <summary>What an operator watches in the silo: meter <c>TeamDrill.Rooms</c>.</summary>
public sealed class RoomMetrics : IDisposable
{
    public const string MeterName = "TeamDrill.Rooms";
    private readonly Meter _meter = new(MeterName);

    public RoomMetrics()
    {
        Messages = _meter.CreateCounter<long>("teamdrill.rooms.messages", description: "call messages stored");
        DrillsStarted = _meter.CreateCounter<long>("teamdrill.rooms.drills_started");
        DrillsFinished = _meter.CreateCounter<long>("teamdrill.rooms.drills_finished", description: "debriefs published");
        Refusals = _meter.CreateCounter<long>("teamdrill.rooms.refusals", description: "actions the rules refused");
    }

    public Counter<long> Messages { get; }

    public Counter<long> DrillsStarted { get; }

    public Counter<long> DrillsFinished { get; }

    public Counter<long> Refusals { get; }

    public void Dispose() => _meter.Dispose();
}
