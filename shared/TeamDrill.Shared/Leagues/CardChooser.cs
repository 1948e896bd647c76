using TeamDrill.Shared.Ratings;

namespace TeamDrill.Shared.Leagues;

/// <summary>
/// Picks the card for a drill. Never a card the agent already had. Among the rest, only cards near
/// the agent's level are considered: within <see cref="LevelBand"/> rating points of the closest
/// card. Among those, the card whose least-tested criterion this agent has been tested on least
/// wins (then the fewest tests over all its criteria on average, then the closest rating, then the id).
/// </summary>
public static class CardChooser
{
    /// <summary>How far beyond the closest card's rating a card still counts as "near the agent's level".</summary>
    public const double LevelBand = 100;

    /// <returns>The card, or null when the agent has had every card in the pool.</returns>
    public static CardCandidate? Choose(IReadOnlyList<CardCandidate> cards, AgentCardHistory history, Glicko2Rating agentRating)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(history);

        var fresh = cards.Where(c => !history.CardsHad.Contains(c.Id)).ToList();
        if (fresh.Count == 0)
        {
            return null;
        }

        double Distance(CardCandidate card) => Math.Abs(card.Rating.Rating - agentRating.Rating);
        int Tested(string criterion) => history.TimesTested.GetValueOrDefault(criterion);

        var closest = fresh.Min(Distance);
        return fresh
            .Where(c => Distance(c) <= closest + LevelBand)
            .OrderBy(c => c.Criteria.Count == 0 ? int.MaxValue : c.Criteria.Min(Tested))
            .ThenBy(c => c.Criteria.Count == 0 ? double.MaxValue : c.Criteria.Average(Tested))
            .ThenBy(Distance)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .First();
    }
}
