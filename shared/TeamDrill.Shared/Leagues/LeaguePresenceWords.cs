using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Leagues;

/// <summary>The words a facilitator types and reads for <see cref="LeaguePresence"/>.</summary>
public static class LeaguePresenceWords
{
    public const string Allowed = "present, absent (misses the next round) or away (misses every round until marked present)";

    public static IReadOnlyList<string> Words { get; } = ["present", "absent", "away"];

    /// <summary>The presence a word names (any case, spaces around ignored); null for any other word.</summary>
    public static LeaguePresence? Parse(string? word) => (word ?? "").Trim().ToLowerInvariant() switch
    {
        "present" => LeaguePresence.Present,
        "absent" => LeaguePresence.Absent,
        "away" => LeaguePresence.Away,
        _ => null,
    };

    /// <summary>How a members list shows it.</summary>
    public static string Describe(LeaguePresence presence) => presence switch
    {
        LeaguePresence.Absent => "absent (next round)",
        LeaguePresence.Away => "away",
        _ => "present",
    };

    /// <summary>How a confirmation says it: "Ana is …".</summary>
    public static string Sentence(LeaguePresence presence) => presence switch
    {
        LeaguePresence.Absent => "absent for the next round",
        LeaguePresence.Away => "away until marked present",
        _ => "present",
    };
}
