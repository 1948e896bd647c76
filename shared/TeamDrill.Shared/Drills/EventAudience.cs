using MessagePack;

namespace TeamDrill.Shared.Drills;

/// <summary>Who may see an event: every member, or only the listed players.</summary>
[MessagePackObject]
public sealed class EventAudience
{
    public static readonly EventAudience Everyone = new();

    /// <summary>Kept in the room's journal but sent to nobody (a coach hint in a league drill, shown only in the debrief).</summary>
    public static readonly EventAudience Nobody = new() { OnlyPlayers = [] };

    /// <summary>Null means every member of the room.</summary>
    [Key(0)] public IReadOnlyList<string>? OnlyPlayers { get; init; }

    public static EventAudience Only(params string[] playerIds) => new() { OnlyPlayers = playerIds };

    public bool Includes(string playerId) => OnlyPlayers is null || OnlyPlayers.Contains(playerId);
}
