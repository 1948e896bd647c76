using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Leagues.Stored;

[MessagePackObject]
public sealed class LeagueMemberState
{
    [Key(0)] public string PlayerId { get; set; } = "";
    [Key(1)] public string Name { get; set; } = "";
    [Key(2)] public string Group { get; set; } = "";
    /// <summary>
    /// How leagues stored "absent" before presence per round: left out until marked present, which is
    /// what <see cref="LeaguePresence.Away"/> means now. Read once when the league wakes, never set again.
    /// </summary>
    [Key(3)] public bool AbsentUntilPresent { get; set; }
    [Key(4)] public DateTimeOffset JoinedAt { get; set; }
    /// <summary>Marked by the facilitator or the member themselves; an absence lasts one round.</summary>
    [Key(5)] public LeaguePresence Presence { get; set; }
}
