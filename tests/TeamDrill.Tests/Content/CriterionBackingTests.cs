using TeamDrill.Shared.Content;
using Xunit;

namespace TeamDrill.Tests.Content;

/// <summary>A criterion a card lists must be tested by one of its mechanics; the coverage report counts mechanics, not labels.</summary>
public sealed class CriterionBackingTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void a_listed_criterion_that_no_mechanic_tests_is_a_warning_at_the_criterion_and_the_card_still_loads()
    {
        var file = _folder.WriteCardWith("c.yaml", "criteria: [empathy, listening]", "criteria: [empathy, listening, ownership]");

        var result = _folder.Load();

        Assert.Equal(
            [$"{file}:5:32: warning: criterion 'ownership' is listed but no trigger, soother, hidden fact or crosses_line tests it; add 'tests: [ownership]' to the one that does, or take it off the list"],
            result.Problems.Select(p => p.ToString()));
        Assert.True(result.IsValid);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void a_mechanic_that_tests_a_criterion_the_card_does_not_list_is_an_error()
    {
        var file = _folder.WriteCardWith("c.yaml", "    tests: [empathy]", "    tests: [ownership]");

        Assert.Equal(
            [
                $"{file}:22:13: 'tests' names 'ownership', which is not in the card's 'criteria'; list it there too, or test a listed criterion",
            ],
            _folder.Problems());
    }

    [Fact]
    public void a_crossing_always_tests_boundaries()
    {
        _folder.WriteCard("c.yaml", TempContentFolder.ValidCard.Replace("criteria: [empathy, listening]", "criteria: [empathy, listening, boundaries]", StringComparison.Ordinal)
            + "crosses_line:\n  when: After the second delay.\n  does: You swear at the agent.\n");

        var result = _folder.Load();

        Assert.Empty(result.Problems);
        Assert.Equal(1, CardMechanics.Testing(result.Content!.Cards.Single(), RubricCriterionIds.Boundaries));
    }

    [Fact]
    public void the_coverage_report_counts_a_criterion_only_where_a_mechanic_tests_it()
    {
        _folder.WriteCardWith("a.yaml", "criteria: [empathy, listening]", "criteria: [empathy, listening, ownership]");
        _folder.WriteCard("b.yaml", TempContentFolder.ValidCard.Replace("id: sample-card", "id: b-card", StringComparison.Ordinal));

        var report = CoverageReport.Compute(_folder.Load().Content!);

        var ownership = report.ByCriterion.Single(r => r.Key == RubricCriterionIds.Ownership);
        var empathy = report.ByCriterion.Single(r => r.Key == RubricCriterionIds.Empathy);
        Assert.Equal((0, 0), (ownership.Cards, ownership.Mechanics));
        Assert.Equal((2, 2), (empathy.Cards, empathy.Mechanics));
    }
}
