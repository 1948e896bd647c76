using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Content;

namespace TeamDrill.Tests.Archives;

public sealed class DrillArchiveMarkdownTests
{
    private static readonly string Markdown = DrillArchiveMarkdown.Render(
        SampleArchive.Create(),
        new Phrasebook([new PhraseEntry("calm-down", PhraseKind.Avoid, "calm down", "Dismisses the feeling.", "I can hear how frustrating this is.")]));

    private static string Section(string heading)
    {
        var start = Markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = Markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? Markdown[start..] : Markdown[start..end];
    }

    [Fact]
    public void the_reflection_comes_before_the_score_and_the_charts()
    {
        var reflection = Markdown.IndexOf("> I should have acknowledged her before anything else.", StringComparison.Ordinal);

        Assert.StartsWith("# Drill 3 in room K7QX2M: The parcel that never came", Markdown, StringComparison.Ordinal);
        Assert.True(reflection > 0 && reflection < Markdown.IndexOf("## Score", StringComparison.Ordinal));
    }

    [Fact]
    public void the_rubric_chart_draws_each_mean_as_a_bar_of_four_blocks_per_point()
    {
        var rubric = Section("## Rubric");

        // Empathy 3 and 2 → 2.50 → 10 of 20; ownership 4 and 5 → 4.50 → 18 of 20.
        Assert.Contains("Empathy     ██████████░░░░░░░░░░  2.50  median 2.5  sd 0.71  (2 scored, 0 N/A)", rubric, StringComparison.Ordinal);
        Assert.Contains("Ownership   ██████████████████░░  4.50  median 4.5  sd 0.71  (2 scored, 0 N/A)", rubric, StringComparison.Ordinal);
        Assert.Contains("Boundaries                        N/A   (2 N/A)", rubric, StringComparison.Ordinal);
        Assert.Contains("Agreement (Krippendorff's alpha, indicative for one drill: ", rubric, StringComparison.Ordinal);
    }

    [Fact]
    public void the_anger_curve_is_a_bar_per_change_on_a_scale_of_ten()
    {
        var anger = Section("## Anger curve");

        Assert.Contains("00:00  start       ███████░░░  7", anger, StringComparison.Ordinal);
        Assert.Contains("00:32  after #3    █████████░  9", anger, StringComparison.Ordinal);
        Assert.Contains("02:20  after #4    ████░░░░░░  4", anger, StringComparison.Ordinal);
    }

    [Fact]
    public void the_score_shows_each_component_with_its_weight()
    {
        var score = Section("## Score");

        // Empathy 2.5 is the card's criterion and counts double: (2 × 2.5 + 4.5) / 3 = 3.17 → 54.2; resolved 100;
        // anger 7 → 4 calms 3 of 7 → 50 + 50 × 3/7 = 71.4. 0.8 × 54.17 + 10 + 7.14 = 60.5.
        Assert.StartsWith("## Score: 60.5 / 100", score, StringComparison.Ordinal);
        Assert.Contains("| Rubric | 80% | 54.2 | weighted mean criterion score 3.17 of 5 over 2 criteria (1 the card tests count double) |", score, StringComparison.Ordinal);
        Assert.Contains("| Outcome | 10% | 100.0 | resolved |", score, StringComparison.Ordinal);
        Assert.Contains("| Anger change | 10% | 71.4 | anger 7 → 4 (-3: calmed 3 of 7 possible) |", score, StringComparison.Ordinal);
    }

    [Fact]
    public void reasons_calibration_fidelity_and_hints_are_listed()
    {
        Assert.Contains("### Empathy: 1 +, 1 −", Section("## Reasons"), StringComparison.Ordinal);
        Assert.Contains("- #4 + (Hana): You're right, I'm sorry. I'll trace it now, Mrs Okafor.", Section("## Reasons"), StringComparison.Ordinal);
        Assert.Contains("| Hana | 1.00 | 0.00 | two scorers: apart, nobody is called off |", Section("## Scorer calibration"), StringComparison.Ordinal);
        Assert.Contains("| Sam | 4 |", Section("## The customer's fidelity"), StringComparison.Ordinal);
        Assert.Contains("- #2: said 'Calm down' at 00:20; try \"I can hear how frustrating this is.\"", Section("## Coach hints"), StringComparison.Ordinal);
    }

    [Fact]
    public void the_transcript_shows_each_message_with_its_tags_and_escapes_markdown_in_player_text()
    {
        var transcript = Section("## Transcript");

        Assert.Contains("- **#2 00:20 Abel (agent):** Calm down, please. — tags: empathy− (Hana), composure− (Sam)", transcript, StringComparison.Ordinal);
        Assert.Equal(@"a\*b\* \| \<x\> \#", DrillArchiveMarkdown.Escape("a*b* | <x> #"));
    }
}
