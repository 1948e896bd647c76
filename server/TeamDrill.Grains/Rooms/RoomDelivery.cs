using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Rooms;

/// <summary>An event on its way to the edges, with who may see it (null: every member; empty: nobody, kept for the debrief).</summary>
[GenerateSerializer, Immutable]
public sealed record RoomDelivery([property: Id(0)] RoomEvent Event, [property: Id(1)] IReadOnlyList<string>? OnlyPlayers);
