using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>An event as the room keeps it: what happened and who may see it.</summary>
[MessagePackObject]
public sealed class StoredEvent
{
    [Key(0)] public RoomEvent Event { get; init; } = null!;
    [Key(1)] public EventAudience Audience { get; init; } = EventAudience.Everyone;
}
