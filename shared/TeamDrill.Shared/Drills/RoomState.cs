using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// What a room is now: its members, phase and live drill. This is what a snapshot stores; the events
/// that led here live in the room's journal, and finished drills are stored apart, so its size does not
/// grow with the room's age. Persisted as MessagePack; keys are append-only.
/// </summary>
[MessagePackObject]
public sealed class RoomState
{
    [Key(0)] public string Code { get; set; } = "";
    [Key(1)] public string HostId { get; set; } = "";
    [Key(2)] public List<RoomMember> Members { get; set; } = [];
    [Key(3)] public DrillPhase Phase { get; set; }
    /// <summary>The sequence number of the last event applied.</summary>
    [Key(4)] public long Seq { get; set; }

    // Key 5 held every event of the room until the journal took them over: never reuse it.
    [Key(6)] public DrillRecord? Current { get; set; }

    // Key 7 held every debrief of the room until finished drills were stored apart: never reuse it.
    [Key(8)] public List<string> PlayedCardIds { get; set; } = [];
    [Key(9)] public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Players who were ever members: they keep read access to the room's history after leaving.</summary>
    [Key(10)] public List<string> FormerMembers { get; set; } = [];

    /// <summary>Practice rooms show the agent private coach hints as they type; league drills do not.</summary>
    [Key(11)] public bool Practice { get; set; } = true;
    /// <summary>The league whose round made this room; empty for an ordinary room.</summary>
    [Key(12)] public string LeagueId { get; set; } = "";
    /// <summary>Why the facilitator cancelled this league room; empty while it is not cancelled.</summary>
    [Key(13)] public string CancelledReason { get; set; } = "";
    /// <summary>How many drills of this room have a debrief; the next drill takes the next number.</summary>
    [Key(14)] public int FinishedDrills { get; set; }
    /// <summary>The debrief of the last finished drill: what the room shows while it is in the debrief.</summary>
    [Key(15)] public Debrief? LastDebrief { get; set; }
    /// <summary>Players the host removed: they may not join or read the room until the host lifts the ban.</summary>
    [Key(16)] public List<BannedMember> Banned { get; set; } = [];
    /// <summary>Players the host muted: they stay members but may not speak, tag, score or write.</summary>
    [Key(17)] public List<string> Muted { get; set; } = [];

    /// <summary>
    /// Each player's latest action ids (<see cref="RecentActions"/>), so a retried action is not done twice.
    /// Key 25, well past the others, so keys added meanwhile elsewhere do not collide.
    /// </summary>
    [Key(25)] public Dictionary<string, List<string>> RecentActions { get; set; } = new(StringComparer.Ordinal);

    [IgnoreMember] public bool Exists => Code.Length > 0;
}
