using TeamDrill.Shared.Privacy;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Leagues;

/// <summary>
/// A league, keyed by its code (which is also its join code). Every method takes the authenticated
/// player id the edge vouches for and fails with <see cref="TeamDrill.Shared.Drills.DrillRuleException"/>
/// when the rules refuse. Its rooms report finished drills through <see cref="ILeagueDebriefSink"/>.
/// </summary>
public interface ILeagueGrain : ILeagueDebriefSink
{
    Task<LeagueView> Create(string actorId, string name);
    Task<LeagueView> Join(string playerId);
    Task<LeagueView> Get(string playerId);
    /// <summary><paramref name="presence"/> is present, absent (the next round only) or away (until marked present).</summary>
    Task SetPresence(string actorId, string member, string presence);
    Task SetGroup(string actorId, string member, string group);
    Task<LeagueView> StartSeason(string actorId, int roomSize);
    Task<LeagueRoundView> StartRound(string actorId);
    /// <summary>The next <paramref name="rounds"/> rounds (1..10) as round start would plan them; changes nothing.</summary>
    Task<LeaguePreviewView> PreviewRounds(string actorId, int rounds);
    Task<LeagueRoundView> GetRound(string playerId, int round);
    Task<LeagueRoundView> CloseRound(string actorId);
    Task<LeagueStandingsView> GetStandings(string playerId);
    Task<string> Export(string playerId, string what, string format);
    Task<IReadOnlyList<LeagueAssignmentView>> MyAssignments(string playerId);
    /// <summary>For a facilitator's data export: what the league keeps about the player, or null.</summary>
    Task<LeagueMembershipRecord?> MemberRecord(string playerId);
    /// <summary>Replaces the player's name with <paramref name="label"/> in the league; returns the rooms of its rounds they were in.</summary>
    Task<IReadOnlyList<string>> ErasePlayer(string playerId, string label);
}
