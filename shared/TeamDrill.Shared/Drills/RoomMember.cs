using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

[MessagePackObject]
public sealed class RoomMember
{
    [Key(0)] public string PlayerId { get; set; } = "";
    [Key(1)] public string Name { get; set; } = "";
    /// <summary>The role for the current or next drill.</summary>
    [Key(2)] public DrillRole Role { get; set; }
    [Key(3)] public DateTimeOffset JoinedAt { get; set; }
    /// <summary>How often this member has played each role here: auto-assignment evens these out.</summary>
    [Key(4)] public int TimesCustomer { get; set; }
    [Key(5)] public int TimesAgent { get; set; }
}
