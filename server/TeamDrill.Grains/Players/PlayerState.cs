using MessagePack;

namespace TeamDrill.Grains.Players;

[MessagePackObject]
public sealed class PlayerState
{
    [Key(0)] public string Name { get; set; } = "";
    [Key(1)] public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Codes of the rooms this player has created or joined, oldest first.</summary>
    [Key(2)] public List<string> Rooms { get; set; } = [];
    /// <summary>
    /// The room code each recent CreateRoom action id was given, oldest first, so a retried create finds
    /// its room. Key 25, apart from keys added meanwhile elsewhere.
    /// </summary>
    [Key(25)] public List<KeyValuePair<string, string>> RoomsByAction { get; set; } = [];
}
