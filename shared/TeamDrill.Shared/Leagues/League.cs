using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Leagues;

/// <summary>
/// The rules of a league over its <see cref="LeagueState"/>, the way <see cref="Room"/> holds a room's:
/// every action checks everything first and throws <see cref="DrillRuleException"/> before it changes
/// anything; time, the deck and names come in as values. The rules live in one file per concern:
/// membership, seasons, rounds (planning and starting), close-out, preview, and the views and reports.
/// </summary>
public sealed partial class League(string code, LeagueState state)
{
    public const int MaxNameLength = 48;
    public const int MaxGroupLength = 24;
    public const int MaxMembers = 200;

    /// <summary>The league's code: its key, known even before the league exists.</summary>
    public string Code { get; } = code;

    public LeagueState State { get; } = state;

    public bool Exists => State.Exists;

    /// <summary>The current season's rounds, oldest first.</summary>
    public IEnumerable<LeagueRoundState> SeasonRounds() => State.Rounds.Where(r => r.Season == State.Season);

    /// <summary>The season's latest round, open or closed; null before the first.</summary>
    public LeagueRoundState? LatestRound() => State.Season == 0 ? null : SeasonRounds().LastOrDefault();

    public string NameOf(string playerId) => LeagueReports.NameOf(State, playerId);

    /// <summary>Everyone who has a league room among their rooms: its players and the facilitator who hosts it.</summary>
    public IEnumerable<string> RoomPeople(LeagueDrillState drill) =>
        new[] { drill.AgentId, drill.CustomerId }.Concat(drill.ScorerIds).Append(State.FacilitatorId);

    private void RequireExisting()
    {
        if (!State.Exists)
        {
            throw new DrillRuleException($"There is no league {Code}. Check the code with your facilitator.");
        }
    }

    private void RequireFacilitator(string actorId, string what)
    {
        RequireExisting();
        if (actorId != State.FacilitatorId)
        {
            throw new DrillRuleException($"Only the league's facilitator can {what}.");
        }
    }

    /// <summary>Reading a league is for its facilitator and its members.</summary>
    public void RequireReader(string playerId)
    {
        RequireExisting();
        if (playerId != State.FacilitatorId && State.Members.All(m => m.PlayerId != playerId))
        {
            throw new DrillRuleException($"You are not in league {Code}: join it with its code first.");
        }
    }

    /// <summary>A member by player id, else by name in any case.</summary>
    private LeagueMemberState Member(string member)
    {
        var key = (member ?? "").Trim();
        return State.Members.FirstOrDefault(m => m.PlayerId == key)
            ?? State.Members.FirstOrDefault(m => string.Equals(m.Name, key, StringComparison.OrdinalIgnoreCase))
            ?? throw new DrillRuleException($"'{TextSanitizer.Clean(key)}' is not a member of league {Code}.");
    }

    private static Dictionary<string, string> Titles(IReadOnlyList<PublicBrief> deck) =>
        deck.ToDictionary(b => b.CardId, b => b.Title, StringComparer.Ordinal);
}
