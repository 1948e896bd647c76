namespace TeamDrill.Grains.Rooms;

/// <summary>
/// What an edge missed of a room: every event after the number it asked from, each with its audience.
/// <see cref="Complete"/> is false when the room no longer keeps that far back; the edge then makes its
/// connections resync (they get a fresh snapshot) and carries on from <see cref="Seq"/>, the room's last event.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RoomCatchUp(
    [property: Id(0)] IReadOnlyList<RoomDelivery> Deliveries, [property: Id(1)] bool Complete, [property: Id(2)] long Seq);
