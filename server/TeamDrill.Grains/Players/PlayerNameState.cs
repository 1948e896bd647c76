using MessagePack;

namespace TeamDrill.Grains.Players;

[MessagePackObject]
public sealed class PlayerNameState
{
    [Key(0)] public List<string> PlayerIds { get; set; } = [];
}
