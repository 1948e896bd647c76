using MessagePack;

namespace TeamDrill.Grains.Leagues;

[MessagePackObject]
public sealed class LeagueMemberState
{
    [Key(0)] public string PlayerId { get; set; } = "";
    [Key(1)] public string Name { get; set; } = "";
    [Key(2)] public string Group { get; set; } = "";
    /// <summary>Marked absent by the facilitator or themselves: left out of rounds until marked present.</summary>
    [Key(3)] public bool Absent { get; set; }
    [Key(4)] public DateTimeOffset JoinedAt { get; set; }
}
