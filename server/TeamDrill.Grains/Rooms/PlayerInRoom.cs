using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Rooms;

/// <summary>What one room holds about one player: the league it belongs to, and the finished drills they took part in.</summary>
[GenerateSerializer, Immutable]
public sealed class PlayerInRoom
{
    [Id(0)] public string RoomCode { get; init; } = "";
    /// <summary>The league whose round made the room; empty for an ordinary room.</summary>
    [Id(1)] public string LeagueId { get; init; } = "";
    [Id(2)] public IReadOnlyList<Debrief> Debriefs { get; init; } = [];
}
