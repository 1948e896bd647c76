namespace TeamDrill.Shared.Content;

/// <summary>
/// How well a deck covers what drills need: cards per difficulty, per rubric criterion and per
/// situation family, against the targets. A card counts for a criterion only when one of its mechanics
/// (trigger, soother, hidden fact, boundary line) tests it, not because the criterion is on its list, so a facilitator sees the gaps in their own deck.
/// </summary>
public sealed class CoverageReport
{
    public const int CardsPerDifficultyTarget = 5;
    public const int CardsPerCriterionTarget = 4;
    public const int CardsPerFamilyTarget = 1;

    private CoverageReport(int total, IReadOnlyList<CoverageRow> difficulties, IReadOnlyList<CoverageRow> criteria, IReadOnlyList<CoverageRow> families, int youngest, int oldest)
    {
        TotalCards = total;
        ByDifficulty = difficulties;
        ByCriterion = criteria;
        ByFamily = families;
        YoungestPersona = youngest;
        OldestPersona = oldest;
    }

    public int TotalCards { get; }

    public IReadOnlyList<CoverageRow> ByDifficulty { get; }

    public IReadOnlyList<CoverageRow> ByCriterion { get; }

    public IReadOnlyList<CoverageRow> ByFamily { get; }

    public int YoungestPersona { get; }

    public int OldestPersona { get; }

    public IEnumerable<CoverageRow> Gaps => ByDifficulty.Concat(ByCriterion).Concat(ByFamily).Where(r => !r.MeetsTarget);

    public bool MeetsAllTargets => !Gaps.Any();

    public static CoverageReport Compute(ContentSet content) => Compute(content.Cards, content.Rubric);

    public static CoverageReport Compute(IReadOnlyList<PromptCard> cards, Rubric rubric)
    {
        var difficulties = Enumerable.Range(PromptCardParser.MinDifficulty, PromptCardParser.MaxDifficulty - PromptCardParser.MinDifficulty + 1)
            .Select(d => new CoverageRow($"difficulty {d}", d.ToString(System.Globalization.CultureInfo.InvariantCulture), cards.Count(c => c.Difficulty == d), CardsPerDifficultyTarget))
            .ToList();
        var criteria = rubric.Criteria
            .Select(c => new CoverageRow(c.Id, c.Name, cards.Count(card => CardMechanics.Testing(card, c.Id) > 0), CardsPerCriterionTarget)
            {
                Mechanics = cards.Sum(card => CardMechanics.Testing(card, c.Id)),
            })
            .ToList();
        var families = SituationFamilies.All
            .Select(f => new CoverageRow(f.Id, f.Description, cards.Count(c => c.Family == f.Id), CardsPerFamilyTarget))
            .ToList();
        var ages = cards.Select(c => c.Persona.Age).DefaultIfEmpty(0).ToList();
        return new CoverageReport(cards.Count, difficulties, criteria, families, ages.Min(), ages.Max());
    }
}
