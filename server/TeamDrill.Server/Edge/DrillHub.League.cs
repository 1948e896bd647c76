using TeamDrill.Grains.Leagues;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// The league calls. The edge checks the shape of each call (codes, lengths); the league grain decides
/// who may do what. Refusals are <see cref="DrillRuleException"/>s, which the hub filter shows as they are.
/// </summary>
public sealed partial class DrillHub : ILeagueHub
{
    private const int MaxKeyLength = 256;
    private const int MaxTextLength = 200;

    public Task ClaimFacilitator(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength)
        {
            throw new DrillRuleException("That is not the facilitator key.");
        }

        return grains.GetGrain<IFacilitatorGrain>(PlayerId).Claim(key);
    }

    public async Task<LeagueView> CreateLeague(string name)
    {
        Text(name, "league name");
        for (var attempt = 0; ; attempt++)
        {
            var league = grains.GetGrain<ILeagueGrain>(LeagueCodes.New());
            try
            {
                return await league.Create(PlayerId, name);
            }
            catch (DrillRuleException ex) when (attempt < 5 && ex.Message.EndsWith("already exists.", StringComparison.Ordinal))
            {
                // That code is taken: draw another.
            }
        }
    }

    public Task<LeagueView> JoinLeague(string code) => League(code).Join(PlayerId);

    public Task<LeagueView> GetLeague(string code) => League(code).Get(PlayerId);

    public Task SetPresence(string code, string member, string presence) =>
        League(code).SetPresence(PlayerId, Text(member, "member"), Text(presence, "presence"));

    public Task SetGroup(string code, string member, string group)
    {
        // An empty group takes the member out of their group, so only the length is checked here.
        if (group is { Length: > MaxTextLength })
        {
            throw new DrillRuleException($"The group is {group.Length} characters long; the limit is {MaxTextLength}.");
        }

        return League(code).SetGroup(PlayerId, Text(member, "member"), group ?? "");
    }

    public Task<LeagueView> StartSeason(string code, int roomSize) => League(code).StartSeason(PlayerId, roomSize);

    public Task<LeagueRoundView> StartRound(string code) => League(code).StartRound(PlayerId);

    public Task<LeaguePreviewView> PreviewRounds(string code, int rounds) => League(code).PreviewRounds(PlayerId, rounds);

    public Task<LeagueRoundView> GetRound(string code, int round) => League(code).GetRound(PlayerId, round);

    public Task<LeagueRoundView> CloseRound(string code) => League(code).CloseRound(PlayerId);

    public Task<LeagueStandingsView> GetStandings(string code) => League(code).GetStandings(PlayerId);

    public Task<string> ExportLeague(string code, string what, string format) =>
        League(code).Export(PlayerId, Text(what, "export"), Text(format, "format"));

    public Task<IReadOnlyList<LeagueAssignmentView>> MyAssignments(string code) => League(code).MyAssignments(PlayerId);

    private ILeagueGrain League(string code) => grains.GetGrain<ILeagueGrain>(LeagueCodes.Normalize(code));

    private static string Text(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DrillRuleException($"The {what} is empty.");
        }

        if (value.Length > MaxTextLength)
        {
            throw new DrillRuleException($"The {what} is {value.Length} characters long; the limit is {MaxTextLength}.");
        }

        return value;
    }
}
