using MessagePack;

namespace TeamDrill.Shared.Leagues.Stored;

/// <summary>
/// A league at rest: members, seasons' rounds with their drills and results, and the ratings. The types
/// in this folder are what the league grain stores (MessagePack by integer key, nothing else): existing data
/// folders hold them, so a key is never renumbered or reused; new members get new keys.
/// </summary>
[MessagePackObject]
public sealed class LeagueState
{
    [Key(0)] public string Code { get; set; } = "";
    [Key(1)] public string Name { get; set; } = "";
    [Key(2)] public string FacilitatorId { get; set; } = "";
    [Key(3)] public string FacilitatorName { get; set; } = "";
    [Key(4)] public DateTimeOffset CreatedAt { get; set; }
    [Key(5)] public List<LeagueMemberState> Members { get; set; } = [];
    /// <summary>The current season; 0 before the first one starts.</summary>
    [Key(6)] public int Season { get; set; }
    [Key(7)] public int RoomSize { get; set; }
    /// <summary>Every round of every season, oldest first.</summary>
    [Key(8)] public List<LeagueRoundState> Rounds { get; set; } = [];
    [Key(9)] public Dictionary<string, RatingState> AgentRatings { get; set; } = new(StringComparer.Ordinal);
    [Key(10)] public Dictionary<string, RatingState> CardRatings { get; set; } = new(StringComparer.Ordinal);
    [Key(11)] public int SeasonSeed { get; set; }

    [IgnoreMember] public bool Exists => Code.Length > 0;
}
