using TeamDrill.ContentFiles;
using TeamDrill.Shared.Content;
using Xunit;

namespace TeamDrill.Tests.Content;

public sealed class ContentLoaderTests
{
    [Fact]
    public void later_folders_override_earlier_ones_by_card_id()
    {
        using var facilitator = new TempContentFolder(withRubric: false, withPhrasebook: false);
        facilitator.WriteCard("late-birthday-bike.yaml", TempContentFolder.ValidCard
            .Replace("id: sample-card", "id: late-birthday-bike", StringComparison.Ordinal)
            .Replace("title: A sample card", "title: Our own version", StringComparison.Ordinal));
        facilitator.WriteCard("extra.yaml", TempContentFolder.ValidCard.Replace("id: sample-card", "id: our-extra-card", StringComparison.Ordinal));

        var result = ContentLoader.LoadFolders([RepoContent.Folder, facilitator.Path]);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var set = result.Content!;
        Assert.Equal(RepoContent.Set.Cards.Count + 1, set.Cards.Count);
        Assert.Equal("Our own version", set.FindCard("late-birthday-bike")!.Title);
        Assert.NotNull(set.FindCard("our-extra-card"));
        Assert.Equal(RepoContent.Set.Rubric.Criteria.Count, set.Rubric.Criteria.Count);
    }

    [Fact]
    public void rubric_and_phrasebook_come_from_the_last_folder_that_has_one()
    {
        using var facilitator = new TempContentFolder(withRubric: false, withPhrasebook: false);
        facilitator.WritePhrasebook("""
            phrases:
              - id: only-one
                kind: empathy
                pattern: that sounds hard
                why: Names the feeling.

            """);

        var result = ContentLoader.LoadFolders([RepoContent.Folder, facilitator.Path]);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("only-one", Assert.Single(result.Content!.Phrasebook.Entries).Id);
        Assert.Equal(10, result.Content.Rubric.Criteria.Count);
    }

    [Fact]
    public void folder_that_does_not_exist_is_reported()
    {
        var missing = Path.Combine(Path.GetTempPath(), "teamdrill-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var result = ContentLoader.LoadFolders([RepoContent.Folder, missing]);

        Assert.False(result.IsValid);
        Assert.Equal($"{missing}:1:1: this content folder does not exist", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void the_same_card_id_in_two_folders_is_an_override_not_a_duplicate()
    {
        using var a = new TempContentFolder();
        using var b = new TempContentFolder(withRubric: false, withPhrasebook: false);
        a.WriteCard("sample-card.yaml", TempContentFolder.ValidCard);
        b.WriteCard("sample-card.yaml", TempContentFolder.ValidCard.Replace("difficulty: 2", "difficulty: 4", StringComparison.Ordinal));

        var result = ContentLoader.LoadFolders([a.Path, b.Path]);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(4, Assert.Single(result.Content!.Cards).Difficulty);
    }

    [Fact]
    public void the_shipped_folder_is_found_from_the_test_binaries()
    {
        // The server build copies content/ beside its binary; either that copy or the repo's folder will do.
        var found = ContentLoader.FindShippedContent(AppContext.BaseDirectory);
        Assert.NotNull(found);
        static IEnumerable<string> Cards(string folder) =>
            Directory.GetFiles(Path.Combine(folder, "cards")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
        Assert.Equal(Cards(RepoContent.Folder), Cards(found!));
    }
}
