using System.Text.RegularExpressions;
using Xunit;

namespace TeamDrill.Tests.Content;

public sealed class ReadmeExampleTests
{
    [Fact]
    public void the_example_card_in_the_content_readme_is_valid()
    {
        var readme = File.ReadAllText(Path.Combine(RepoContent.Folder, "README.md"));
        var example = Regex.Match(readme, "```yaml\n(id: .*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(example);
        using var folder = new TempContentFolder();
        folder.WriteCard("late-van.yaml", example);

        var result = folder.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal("Mr Boateng", result.Content!.FindCard("late-van")!.ToPublicBrief().CustomerName);
    }
}
