using MessagePack;

namespace TeamDrill.Grains.Players;

[MessagePackObject]
public sealed class SessionTokenState
{
    [Key(0)] public string PlayerId { get; set; } = "";
    [Key(1)] public DateTimeOffset IssuedAt { get; set; }
}
