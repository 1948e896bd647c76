using MessagePack;

namespace TeamDrill.Grains.Players;

[MessagePackObject]
public sealed class SessionTokenState
{
    [Key(0)] public string PlayerId { get; set; } = "";
    [Key(1)] public DateTimeOffset IssuedAt { get; set; }
    /// <summary>The last use stored (to <see cref="PlayerOptions.LastUseResolution"/>); before expiry existed, unset.</summary>
    [Key(2)] public DateTimeOffset LastUsedAt { get; set; }
    /// <summary>When the token was signed out; kept one idle period so the refusal can say why.</summary>
    [Key(3)] public DateTimeOffset? RevokedAt { get; set; }
}
