using MessagePack;

namespace TeamDrill.Grains.Players;

[MessagePackObject]
public sealed class PlayerState
{
    [Key(0)] public string Name { get; set; } = "";
    [Key(1)] public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Codes of the rooms this player has created or joined, oldest first.</summary>
    [Key(2)] public List<string> Rooms { get; set; } = [];
    /// <summary>SHA-256 hashes of the tokens issued to this player, so a facilitator can sign them all out.</summary>
    [Key(3)] public List<string> TokenHashes { get; set; } = [];
    /// <summary>Codes of the leagues this player joined or facilitates.</summary>
    [Key(4)] public List<string> Leagues { get; set; } = [];
    /// <summary>Whether the name is in the name index (players from before the index are added at their next sign-in).</summary>
    [Key(5)] public bool NameIndexed { get; set; }
    /// <summary>The neutral label that replaced the name when the player was erased; empty while not erased.</summary>
    [Key(6)] public string ErasedAs { get; set; } = "";
    /// <summary>
    /// The room code each recent CreateRoom action id was given, oldest first, so a retried create finds
    /// its room. Key 25, apart from keys added meanwhile elsewhere.
    /// </summary>
    [Key(25)] public List<KeyValuePair<string, string>> RoomsByAction { get; set; } = [];
}
