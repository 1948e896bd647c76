using MessagePack;

namespace TeamDrill.Grains.Watching;

[MessagePackObject]
public sealed class WatchLinkState
{
    /// <summary>SHA-256 (hex) of the open link's key; empty when no link is open.</summary>
    [Key(0)] public string KeyHash { get; set; } = "";
    [Key(1)] public DateTimeOffset OpenedAt { get; set; }
}
