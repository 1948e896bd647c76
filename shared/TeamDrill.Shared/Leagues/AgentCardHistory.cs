namespace TeamDrill.Shared.Leagues;

/// <summary>
/// What an agent has had so far: the cards (never dealt again) and how often each rubric criterion
/// has been tested in its drills.
/// </summary>
public sealed record AgentCardHistory(IReadOnlySet<string> CardsHad, IReadOnlyDictionary<string, int> TimesTested)
{
    public static AgentCardHistory None { get; } = new(new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>The history of an agent who had these cards, counting their criteria from the pool (cards no longer in the pool still count as had).</summary>
    public static AgentCardHistory FromCards(IEnumerable<string> cardsHad, IReadOnlyList<CardCandidate> pool)
    {
        ArgumentNullException.ThrowIfNull(cardsHad);
        ArgumentNullException.ThrowIfNull(pool);
        var had = new HashSet<string>(cardsHad, StringComparer.Ordinal);
        var tested = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var card in pool.Where(c => had.Contains(c.Id)))
        {
            foreach (var criterion in card.Criteria.Distinct(StringComparer.Ordinal))
            {
                tested[criterion] = tested.GetValueOrDefault(criterion) + 1;
            }
        }

        return new AgentCardHistory(had, tested);
    }
}
