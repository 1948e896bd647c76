namespace TeamDrill.Shared.Content;

/// <summary>
/// Which rubric criteria a card's mechanics (triggers, soothers, hidden facts, its boundary line) really
/// test, as opposed to the labels in its <c>criteria</c> list. A crossing always tests <c>boundaries</c>.
/// </summary>
public static class CardMechanics
{
    /// <summary>How many of the card's mechanics test <paramref name="criterion"/>.</summary>
    public static int Testing(PromptCard card, string criterion) =>
        card.Triggers.Count(t => t.Tests.Contains(criterion))
        + card.Soothers.Count(s => s.Tests.Contains(criterion))
        + card.HiddenFacts.Count(h => h.Tests.Contains(criterion))
        + (card.CrossesLine is { } crossing && (criterion == RubricCriterionIds.Boundaries || crossing.Tests.Contains(criterion)) ? 1 : 0);

    /// <summary>The criteria at least one mechanic tests.</summary>
    public static IReadOnlySet<string> Tested(IEnumerable<AngerShift> triggers, IEnumerable<AngerShift> soothers, IEnumerable<HiddenFact> facts, LineCrossing? crossing)
    {
        var tested = new HashSet<string>(StringComparer.Ordinal);
        tested.UnionWith(triggers.SelectMany(t => t.Tests));
        tested.UnionWith(soothers.SelectMany(s => s.Tests));
        tested.UnionWith(facts.SelectMany(h => h.Tests));
        if (crossing is not null)
        {
            tested.Add(RubricCriterionIds.Boundaries);
            tested.UnionWith(crossing.Tests);
        }

        return tested;
    }
}
