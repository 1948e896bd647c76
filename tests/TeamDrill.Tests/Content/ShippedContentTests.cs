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
