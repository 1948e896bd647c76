using TeamDrill.Shared.Content;
using Xunit;

namespace TeamDrill.Tests.Content;

public sealed class CoverageTargetTests
{
    private static CoverageReport Report => CoverageReport.Compute(RepoContent.Set);

    [Fact]
    public void the_deck_has_at_least_forty_cards()
    {
        Assert.True(RepoContent.Set.Cards.Count >= 40, $"only {RepoContent.Set.Cards.Count} cards");
    }

    [Fact]
    public void every_difficulty_has_at_least_five_cards()
    {
        Assert.Equal(5, Report.ByDifficulty.Count);
        Assert.All(Report.ByDifficulty, row => Assert.True(row.Cards >= 5, $"difficulty {row.Key} has {row.Cards} cards"));
    }

    [Fact]
    public void every_rubric_criterion_is_the_focus_of_at_least_four_cards()
    {
        Assert.Equal(RubricCriterionIds.All, Report.ByCriterion.Select(r => r.Key));
        Assert.All(Report.ByCriterion, row => Assert.True(row.Cards >= 4, $"{row.Key} is stressed by {row.Cards} cards"));
    }

    [Fact]
    public void every_situation_family_has_a_card()
    {
        Assert.Equal(SituationFamilies.Ids, Report.ByFamily.Select(r => r.Key));
        Assert.All(Report.ByFamily, row => Assert.True(row.Cards >= 1, $"no card for {row.Key}"));
        Assert.True(Report.MeetsAllTargets, string.Join(", ", Report.Gaps.Select(g => g.Key)));
    }

    [Fact]
    public void personas_vary_in_age_and_are_all_different_people()
    {
        var cards = RepoContent.Set.Cards;
        Assert.True(Report.YoungestPersona < 25 && Report.OldestPersona > 70, $"ages {Report.YoungestPersona}..{Report.OldestPersona}");
        Assert.Equal(cards.Count, cards.Select(c => c.Persona.Name).Distinct().Count());
        Assert.Equal(cards.Count, cards.Select(c => c.Persona.Temperament).Distinct().Count());
        Assert.True(cards.Count(c => c.Persona.Age < 30) >= 5);
        Assert.True(cards.Count(c => c.Persona.Age >= 60) >= 5);
    }

    [Fact]
    public void every_card_that_stresses_boundaries_has_abuse_or_an_unreasonable_demand_to_hold_a_limit_on()
    {
        var boundaryCards = RepoContent.Set.Cards.Where(c => c.Criteria.Contains(RubricCriterionIds.Boundaries)).ToList();

        Assert.True(boundaryCards.Count >= 4);
        Assert.All(boundaryCards, c => Assert.True(
            c.CrossesLine is not null || c.Triggers.Concat(c.Soothers).Any(s => s.Tests.Contains(RubricCriterionIds.Boundaries)), c.Id));
        Assert.Contains(boundaryCards, c => c.CrossesLine is null);
    }

    [Fact]
    public void threatening_cards_stress_escalation()
    {
        var threats = RepoContent.Set.Cards.Where(c => c.Family == "threatening-caller").ToList();

        Assert.NotEmpty(threats);
        Assert.All(threats, c => Assert.Contains(RubricCriterionIds.Escalation, c.Criteria));
    }

    [Fact]
    public void a_deck_with_gaps_reports_each_gap_with_how_many_cards_are_missing()
    {
        var one = RepoContent.Set.Cards.First(c => c.Difficulty == 1);

        var report = CoverageReport.Compute([one], RepoContent.Set.Rubric);

        var difficultyTwo = report.ByDifficulty.Single(r => r.Key == "difficulty 2");
        Assert.Equal(0, difficultyTwo.Cards);
        Assert.Equal(5, difficultyTwo.Missing);
        Assert.Equal(4, report.ByDifficulty.Single(r => r.Key == "difficulty 1").Missing);
        Assert.False(report.MeetsAllTargets);
        Assert.Contains(report.Gaps, g => g.Key == "billing-error" || one.Family == "billing-error");
    }
}
