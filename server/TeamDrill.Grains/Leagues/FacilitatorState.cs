using MessagePack;

namespace TeamDrill.Grains.Leagues;

[MessagePackObject]
public sealed class FacilitatorState
{
    [Key(0)] public bool Granted { get; set; }
    [Key(1)] public DateTimeOffset GrantedAt { get; set; }
}
