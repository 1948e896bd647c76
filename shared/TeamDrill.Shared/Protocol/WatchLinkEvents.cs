using MessagePack;
using Orleans;

namespace TeamDrill.Shared.Protocol;

/// <summary>The host opened a projector (watch) link; the secret key is not in it, only who opened it.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class WatchLinkOpened : RoomEvent
{
    [Key(2), Id(0)] public string ByName { get; init; } = "";
}

/// <summary>The host revoked the projector link (or replaced it with a new one): pages showing it stop.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class WatchLinkClosed : RoomEvent
{
    [Key(2), Id(0)] public string ByName { get; init; } = "";
}
