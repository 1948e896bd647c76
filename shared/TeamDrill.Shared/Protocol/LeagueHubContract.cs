namespace TeamDrill.Shared.Protocol;

/// <summary>
/// The league part of the hub. Every method fails with a HubException whose message says what was
/// wrong, and then nothing has changed. League codes are also join codes (6 letters and digits).
/// </summary>
public interface ILeagueHub
{
    /// <summary>Become a facilitator with the server's facilitator key (set with <c>--facilitator-key</c>).</summary>
    Task ClaimFacilitator(string key);
    /// <summary>Facilitator only: a new league; its code is the join code to share.</summary>
    Task<LeagueView> CreateLeague(string name);
    Task<LeagueView> JoinLeague(string code);
    Task<LeagueView> GetLeague(string code);
    /// <summary>
    /// Facilitator (anyone) or the member (themselves): <c>present</c>; <c>absent</c>, which misses the next
    /// round only; or <c>away</c>, which misses every round until marked present.
    /// </summary>
    Task SetPresence(string code, string member, string presence);
    /// <summary>Facilitator only: put a member in a team or division (empty: none).</summary>
    Task SetGroup(string code, string member, string group);
    /// <summary>Facilitator only: a new season with this room size (3..12).</summary>
    Task<LeagueView> StartSeason(string code, int roomSize);
    /// <summary>Facilitator only: plan the next round from the members present and start its drills.</summary>
    Task<LeagueRoundView> StartRound(string code);
    /// <summary>
    /// Facilitator only: the next <paramref name="rounds"/> rounds (1..10) from today's presence (absent members miss
    /// the first, away members all), without starting anything. The first is exactly what StartRound would start,
    /// cards included; later rounds show roles only.
    /// </summary>
    Task<LeaguePreviewView> PreviewRounds(string code, int rounds);
    /// <summary>A round of the current season (0: the latest) with each drill's live status.</summary>
    Task<LeagueRoundView> GetRound(string code, int round);
    /// <summary>Facilitator only: rate the round and add it to the standings.</summary>
    Task<LeagueRoundView> CloseRound(string code);
    Task<LeagueStandingsView> GetStandings(string code);
    /// <summary>standings, judges, fidelity, profiles, calibration or cards; as csv, md or json.</summary>
    Task<string> ExportLeague(string code, string what, string format);
    Task<IReadOnlyList<LeagueAssignmentView>> MyAssignments(string code);
}
