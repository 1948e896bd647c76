using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Archives;

/// <summary>The Markdown export of the after-the-call part: both parts of the reflection and the peer support.</summary>
public sealed class AfterCallMarkdownTests
{
    [Fact]
    public void a_two_part_reflection_names_each_part_and_the_support_follows_with_names()
    {
        var sample = SampleArchive.Create();
        var archive = new DrillArchive
        {
            CardId = sample.CardId,
            Rubric = sample.Rubric,
            Rubrics = sample.Rubrics,
            AngerCurve = sample.AngerCurve,
            Reflection = "Named the *date*.",
            ReflectionDoDifferently = "Ask sooner.",
            SupportLines = [new SupportLine { ScorerId = "p-sam", ScorerName = "Sam", Text = "Your sorry came first." }],
        };

        var markdown = DrillArchiveMarkdown.Render(archive);

        Assert.Contains("- What worked: Named the \\*date\\*.\n- What I'd do differently: Ask sooner.", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var support = markdown.IndexOf("## Peer support: one thing that helped", StringComparison.Ordinal);
        Assert.True(support > 0 && support < markdown.IndexOf("## Score", StringComparison.Ordinal));
        Assert.Contains("- Sam: Your sorry came first.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void a_one_line_reflection_and_no_support_read_as_before()
    {
        var markdown = DrillArchiveMarkdown.Render(SampleArchive.Create());

        Assert.Contains("> I should have acknowledged her before anything else.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Peer support", markdown, StringComparison.Ordinal);
    }
}
