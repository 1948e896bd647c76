namespace TeamDrill.Shared.Ratings;

/// <summary>
/// One round of a league is one Glicko-2 rating period. Every drill of the round is rated against the
/// ratings as they stood before the round, so the order of drills inside a round does not matter.
/// Agents and cards who sat the round out keep their rating and only grow more uncertain.
/// </summary>
public static class LeagueRatings
{
    public static RatingTables RatePeriod(RatingTables before, IReadOnlyList<DrillGame> drills, double tau = Glicko2.DefaultTau)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(drills);

        var agentGames = new Dictionary<string, List<Glicko2Game>>(StringComparer.Ordinal);
        var cardGames = new Dictionary<string, List<Glicko2Game>>(StringComparer.Ordinal);
        foreach (var drill in drills)
        {
            Games(agentGames, drill.AgentId).Add(new Glicko2Game(before.Card(drill.CardId), drill.AgentScore));
            Games(cardGames, drill.CardId).Add(new Glicko2Game(before.Agent(drill.AgentId), 1 - drill.AgentScore));
        }

        return new RatingTables(
            Update(before.Agents, agentGames, tau),
            Update(before.Cards, cardGames, tau));
    }

    private static List<Glicko2Game> Games(Dictionary<string, List<Glicko2Game>> games, string id)
    {
        if (!games.TryGetValue(id, out var list))
        {
            list = [];
            games[id] = list;
        }

        return list;
    }

    private static Dictionary<string, Glicko2Rating> Update(
        IReadOnlyDictionary<string, Glicko2Rating> before, Dictionary<string, List<Glicko2Game>> games, double tau)
    {
        var after = new Dictionary<string, Glicko2Rating>(StringComparer.Ordinal);
        foreach (var id in before.Keys.Union(games.Keys, StringComparer.Ordinal))
        {
            var rating = before.GetValueOrDefault(id, Glicko2Rating.Initial);
            after[id] = Glicko2.Rate(rating, games.TryGetValue(id, out var played) ? played : [], tau);
        }

        return after;
    }
}
