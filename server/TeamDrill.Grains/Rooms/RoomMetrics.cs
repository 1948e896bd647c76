using System.Diagnostics.Metrics;

namespace TeamDrill.Grains.Rooms;

/// <summary>What an operator watches in the silo: meter <c>TeamDrill.Rooms</c>, owned by the host's meter factory.</summary>
public sealed class RoomMetrics
{
    public const string MeterName = "TeamDrill.Rooms";

    public RoomMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        Messages = meter.CreateCounter<long>("teamdrill.rooms.messages", description: "call messages stored");
        DrillsStarted = meter.CreateCounter<long>("teamdrill.rooms.drills_started");
        DrillsFinished = meter.CreateCounter<long>("teamdrill.rooms.drills_finished", description: "debriefs published");
        Refusals = meter.CreateCounter<long>("teamdrill.rooms.refusals", description: "actions the rules refused");
    }

    public Counter<long> Messages { get; }

    public Counter<long> DrillsStarted { get; }

    public Counter<long> DrillsFinished { get; }

    public Counter<long> Refusals { get; }
}
