using MessagePack;

namespace TeamDrill.Shared.Drills;

/// <summary>A player the host removed from the room; they stay out until the host lifts the ban.</summary>
[MessagePackObject]
public sealed class BannedMember
{
    [Key(0)] public string PlayerId { get; set; } = "";
    [Key(1)] public string Name { get; set; } = "";
    [Key(2)] public DateTimeOffset BannedAt { get; set; }
    /// <summary>
    /// How many drills of the room had a debrief when the ban began: the banned player may still read
    /// those they played, and nothing later.
    /// </summary>
    [Key(3)] public int FinishedDrillsBefore { get; set; }
}
