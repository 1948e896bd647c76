using System.Text.RegularExpressions;
using TeamDrill.Shared.Content;
using Xunit;

namespace TeamDrill.Tests.Content;

/// <summary>
/// Does the shipped deck make players practise the seed techniques, not just name them?
/// A card exercises a technique only when one of its mechanics matches the technique's rule below;
/// a criterion in the card's <c>criteria</c> list never counts on its own. The mechanics are a
/// trigger's or soother's <c>when</c>, a hidden fact's <c>reveal_if</c>, and for the limit rule the
/// <c>crosses_line</c> text. Card writers: phrase a mechanic the way its rule reads and it counts.
/// </summary>
public sealed partial class DeckCoverageTests
{
    private const int CardsPerTechnique = 4;

    /// <summary>The techniques and the simple rule each is counted by (documented in the test names' messages).</summary>
    private static readonly Technique[] Techniques =
    [
        // A trigger or soother turns on the agent apologising or saying sorry.
        new("apology", c => Shifts(c).Any(s => Apology().IsMatch(s))),

        // A soother rewards an apology and says the company is not at fault: sorry for the experience, not the blame.
        new("apology when the company is not at fault",
            c => c.Soothers.Any(s => Apology().IsMatch(s.When) && NotAtFault().IsMatch(s.When))),

        // A trigger punishes an apology followed by the quoted word "but".
        new("avoiding \"but\" after an apology",
            c => c.Triggers.Any(s => Apology().IsMatch(s.When) && QuotedBut().IsMatch(s.When))),

        // A boundaries card whose trigger, soother or crossing is about holding a limit on a demand.
        new("a limit on an unreasonable demand",
            c => c.Criteria.Contains(RubricCriterionIds.Boundaries) && LimitTexts(c).Any(t => Limit().IsMatch(t) && Demand().IsMatch(t))),

        // A trigger or soother turns on a promise to follow up or call back (kept, vague or missing).
        new("following up", c => Shifts(c).Any(s => FollowUp().IsMatch(s))),

        // A soother or a hidden fact's reveal rewards playing the customer's own words back.
        new("mirroring", c => c.Soothers.Select(s => s.When).Concat(c.HiddenFacts.Select(h => h.RevealIf)).Any(s => Mirroring().IsMatch(s))),
    ];

    public static TheoryData<string> TechniqueNames => new(Techniques.Select(t => t.Name));

    [Fact]
    public void the_deck_has_at_least_sixty_cards()
    {
        Assert.True(RepoContent.Set.Cards.Count >= 60, $"only {RepoContent.Set.Cards.Count} cards");
    }

    [Theory]
    [MemberData(nameof(TechniqueNames))]
    public void each_seed_technique_is_exercised_by_the_mechanics_of_at_least_four_cards(string name)
    {
        var technique = Techniques.Single(t => t.Name == name);

        var cards = RepoContent.Set.Cards.Where(technique.IsExercisedBy).Select(c => c.Id).ToList();

        Assert.True(cards.Count >= CardsPerTechnique,
            $"'{name}' is exercised by {cards.Count} cards ({string.Join(", ", cards)}); needs {CardsPerTechnique}");
    }

    [Fact]
    public void a_card_that_only_lists_boundaries_does_not_count_as_holding_a_limit()
    {
        var labelOnly = Card([RubricCriterionIds.Boundaries], triggers: ["the agent says \"calm down\""], soothers: ["the agent uses his name"]);
        var mechanic = Card([RubricCriterionIds.Boundaries], triggers: [], soothers: ["the agent holds the limit on the demand for a refund calmly"]);

        var limit = Techniques.Single(t => t.Name == "a limit on an unreasonable demand");

        Assert.False(limit.IsExercisedBy(labelOnly));
        Assert.True(limit.IsExercisedBy(mechanic));
    }

    [Fact]
    public void an_apology_followed_by_but_counts_only_as_a_trigger_that_punishes_it()
    {
        var rewarded = Card([RubricCriterionIds.Empathy], triggers: [], soothers: ["the agent apologises and then says \"but\""]);
        var punished = Card([RubricCriterionIds.Empathy], triggers: ["the agent apologises and then says \"but\""], soothers: []);

        var avoidBut = Techniques.Single(t => t.Name.StartsWith("avoiding", StringComparison.Ordinal));

        Assert.False(avoidBut.IsExercisedBy(rewarded));
        Assert.True(avoidBut.IsExercisedBy(punished));
    }

    [Fact]
    public void an_apology_without_saying_the_company_is_not_at_fault_is_an_apology_only()
    {
        var card = Card([RubricCriterionIds.Empathy], triggers: [], soothers: ["the agent says sorry for the mistake"]);

        Assert.True(Techniques.Single(t => t.Name == "apology").IsExercisedBy(card));
        Assert.False(Techniques.Single(t => t.Name == "apology when the company is not at fault").IsExercisedBy(card));
    }

    private static IEnumerable<string> Shifts(PromptCard card) => card.Triggers.Concat(card.Soothers).Select(s => s.When);

    private static IEnumerable<string> LimitTexts(PromptCard card) => Shifts(card).Concat(
        card.CrossesLine is { } line ? [line.When, line.Does, line.AfterBoundary ?? ""] : []);

    private static PromptCard Card(string[] criteria, string[] triggers, string[] soothers) => new()
    {
        Id = "made-up",
        Title = "A made-up card",
        Family = "unreasonable-demand",
        Difficulty = 3,
        Criteria = criteria,
        Persona = new Persona("Test Person", "Mr Person", 40, "A test.", "Even."),
        Situation = "A test situation.",
        OpeningLine = "Hello.",
        HiddenFacts = [],
        StartingAnger = 5,
        Triggers = [.. triggers.Select(t => new AngerShift(t, 2))],
        Soothers = [.. soothers.Select(s => new AngerShift(s, 2))],
        Accepts = ["Anything."],
        Rejects = ["Nothing."],
        DemandsSupervisor = "Never.",
        AgentBrief = new AgentBrief("New customer.", ["Agent tools: none."], []),
    };

    [GeneratedRegex(@"\b(apologi[sz]\w*|sorry)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Apology();

    [GeneratedRegex(@"\bnot at fault\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAtFault();

    [GeneratedRegex("[\"\u201c]but[\"\u201d]", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedBut();

    [GeneratedRegex(@"\blimits?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Limit();

    [GeneratedRegex(@"\bdemand", RegexOptions.IgnoreCase)]
    private static partial Regex Demand();

    [GeneratedRegex(@"\bfollow(s|ing)?[ -]up\b|\bcall(s|ing)? (her|him|them|you) back\b|\bcallbacks?\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"\bmirror(s|ing)?\b|\b(repeats|plays|reads|reflects|names) (\w+ ){0,4}back\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mirroring();

    private sealed record Technique(string Name, Func<PromptCard, bool> IsExercisedBy);
}
