using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>An event as the room keeps it: what happened and who may see it.</summary>
[MessagePackObject]
public sealed class StoredEvent
{
    [Key(0)] public RoomEvent Event { get; init; } = null!;
    [Key(1)] public EventAudience Audience { get; init; } = EventAudience.Everyone;
    /// <summary>Whose action made this event, when it came with an action id (<see cref="Room.Once"/>).</summary>
    [Key(2)] public string? ActorId { get; init; }
    /// <summary>The client's id for that action: kept in the journal so a retry is known after a restart.</summary>
    [Key(3)] public string? ActionId { get; init; }
}
