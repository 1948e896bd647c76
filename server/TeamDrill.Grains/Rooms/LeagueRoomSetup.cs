using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Rooms;

/// <summary>What a league round tells a new room: its league, its facilitator, and who plays what.</summary>
[GenerateSerializer, Immutable]
public sealed record LeagueRoomSetup(
    [property: Id(0)] string LeagueId,
    [property: Id(1)] string FacilitatorId,
    [property: Id(2)] string FacilitatorName,
    [property: Id(3)] IReadOnlyList<LeagueRoomMember> Members);

[GenerateSerializer, Immutable]
public sealed record LeagueRoomMember([property: Id(0)] string PlayerId, [property: Id(1)] string Name, [property: Id(2)] DrillRole Role);
