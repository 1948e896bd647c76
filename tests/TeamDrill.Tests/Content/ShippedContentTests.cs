using Xunit;
using TeamDrill.Shared.Content;

namespace TeamDrill.Tests.Content;

public sealed class ShippedContentTests
{
    [Fact]
    public void every_shipped_card_rubric_and_phrase_is_valid()
    {
        var result = RepoContent.Result;

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void every_listed_criterion_of_every_shipped_card_is_tested_by_one_of_its_mechanics()
    {
        Assert.All(RepoContent.Set.Cards, card =>
            Assert.All(card.Criteria, c => Assert.True(CardMechanics.Testing(card, c) > 0, $"{card.Id}: nothing tests {c}")));
    }

    [Fact]
    public void every_shipped_card_tells_the_agent_what_tools_they_have()
    {
        Assert.All(RepoContent.Set.Cards, card =>
            Assert.Contains(card.AgentBrief.Facts, f => f.StartsWith("Agent tools:", StringComparison.Ordinal)));
    }

    [Fact]
    public void no_shipped_card_asks_the_customer_to_remark_on_who_the_agent_is()
    {
        var crossings = RepoContent.Set.Cards.Where(c => c.CrossesLine is not null).Select(c => (c.Id, c.CrossesLine!.Does)).ToList();

        Assert.NotEmpty(crossings);
        Assert.All(crossings, c => Assert.DoesNotMatch(@"(?i)\b(accent|race|gender|religion|skin|nationality)\b", c.Does));
    }

    [Fact]
    public void the_rubric_anchors_describe_the_agent_not_the_customers_reaction()
    {
        var anchors = RepoContent.Set.Rubric.Criteria.SelectMany(c => c.ToView().Anchors.Select(a => (c.Id, a))).ToList();

        Assert.All(anchors, a => Assert.DoesNotMatch(@"(?i)the customer (gets angrier|visibly|ends calmer|confirms)|anger (falls|levels)|lowers the temperature", a.a));
    }

    [Fact]
    public void every_card_file_is_loaded_and_named_after_its_id()
    {
        var files = Directory.GetFiles(Path.Combine(RepoContent.Folder, "cards"), "*.yaml");

        Assert.Equal(files.Length, RepoContent.Set.Cards.Count);
        foreach (var card in RepoContent.Set.Cards)
        {
            Assert.Equal(card.Id + ".yaml", Path.GetFileName(card.SourceFile));
        }
    }

    [Fact]
    public void shipped_rubric_defines_the_fixed_criteria_with_five_anchors_each()
    {
        var rubric = RepoContent.Set.Rubric;

        Assert.Equal(RubricCriterionIds.All, rubric.Criteria.Select(c => c.Id));
        Assert.All(rubric.Criteria, c => Assert.Equal(5, c.ToView().Anchors.Count));
        Assert.True(rubric.Find(RubricCriterionIds.Boundaries)!.AllowsNotApplicable);
        Assert.False(rubric.Find(RubricCriterionIds.Empathy)!.AllowsNotApplicable);
    }
}
