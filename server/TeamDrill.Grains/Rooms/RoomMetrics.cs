using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Rooms;

/// <summary>What an operator watches in the silo: meter <c>TeamDrill.Rooms</c>, owned by the host's meter factory.</summary>
public sealed class RoomMetrics
{
    public const string MeterName = "TeamDrill.Rooms";

    /// <summary>The phase of each room active in this silo, read when the gauges are collected.</summary>
    private readonly ConcurrentDictionary<string, DrillPhase> _active = new(StringComparer.Ordinal);

    public RoomMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        Messages = meter.CreateCounter<long>("teamdrill.rooms.messages", description: "call messages stored");
        DrillsStarted = meter.CreateCounter<long>("teamdrill.rooms.drills_started", description: "drills started");
        DrillsFinished = meter.CreateCounter<long>("teamdrill.rooms.drills_finished", description: "debriefs published");
        Refusals = meter.CreateCounter<long>("teamdrill.rooms.refusals", description: "actions the rules refused");
        meter.CreateObservableGauge("teamdrill.rooms.active", () => _active.Count, description: "rooms loaded in this silo");
        meter.CreateObservableGauge(
            "teamdrill.rooms.drills_active",
            () => _active.Values.Count(phase => phase is DrillPhase.Call or DrillPhase.Scoring),
            description: "rooms in this silo whose drill is in its call or scoring");

        // A counter shows in a scrape from the start, so a rate over it has a first point.
        Messages.Add(0);
        DrillsStarted.Add(0);
        DrillsFinished.Add(0);
        Refusals.Add(0);
    }

    public Counter<long> Messages { get; }

    public Counter<long> DrillsStarted { get; }

    public Counter<long> DrillsFinished { get; }

    public Counter<long> Refusals { get; }

    /// <summary>Notes a room loaded in this silo, or its new phase.</summary>
    public void RoomIs(string code, DrillPhase phase) => _active[code] = phase;

    /// <summary>Notes a room that left this silo (deactivated) or never existed.</summary>
    public void RoomGone(string code) => _active.TryRemove(code, out _);
}
