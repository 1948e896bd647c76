namespace TeamDrill.Grains.Players;

/// <summary>What a player grain keeps about its player, for a data export or an erasure.</summary>
[GenerateSerializer, Immutable]
public sealed class PlayerProfile
{
    [Id(0)] public string PlayerId { get; init; } = "";
    [Id(1)] public string Name { get; init; } = "";
    [Id(2)] public DateTimeOffset CreatedAt { get; init; }
    [Id(3)] public IReadOnlyList<string> Rooms { get; init; } = [];
    [Id(4)] public IReadOnlyList<string> Leagues { get; init; } = [];
    [Id(5)] public IReadOnlyList<string> TokenHashes { get; init; } = [];
    [Id(6)] public string ErasedAs { get; init; } = "";

    public bool Exists => Name.Length > 0;
}
