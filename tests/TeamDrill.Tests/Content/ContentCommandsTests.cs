using TeamDrill.Client.Content;
using Xunit;

namespace TeamDrill.Tests.Content;

public sealed class ContentCommandsTests
{
    [Fact]
    public void check_passes_on_the_shipped_content_and_says_how_many_cards()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = ContentCommands.Check(RepoContent.Folder, stdout, stderr);

        Assert.Equal(0, code);
        Assert.Equal("", stderr.ToString());
        Assert.StartsWith($"OK: {RepoContent.Set.Cards.Count} cards, 10 rubric criteria, ", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void check_exits_non_zero_and_lists_every_problem_on_bad_content()
    {
        using var folder = new TempContentFolder();
        var a = folder.WriteCard("a.yaml", TempContentFolder.ValidCard.Replace("difficulty: 2", "difficulty: 9", StringComparison.Ordinal));
        var b = folder.WriteCard("b.yaml", TempContentFolder.ValidCard.Replace("id: sample-card", "id: b-card", StringComparison.Ordinal)
            .Replace("difficulty: 2", "dificulty: 2", StringComparison.Ordinal));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = ContentCommands.Check(folder.Path, stdout, stderr);

        Assert.NotEqual(0, code);
        Assert.Equal("", stdout.ToString());
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            [
                $"{a}:4:13: field 'difficulty' must be from 1 to 5, but is 9",
                $"{b}:1:1: missing required field 'difficulty'",
                $"{b}:4:1: unknown field 'dificulty'; did you mean 'difficulty'?",
                "3 problems found.",
            ],
            lines);
    }

    [Fact]
    public void report_shows_the_coverage_tables_for_the_shipped_deck()
    {
        var stdout = new StringWriter();

        var code = ContentCommands.Report(RepoContent.Folder, stdout, new StringWriter());

        var text = stdout.ToString();
        Assert.Equal(0, code);
        Assert.Contains("Cards per difficulty", text);
        Assert.Contains("Cards per rubric criterion", text);
        Assert.Contains("Cards per situation family", text);
        Assert.Contains("flat-pack-assembly", text);
        Assert.Contains("positive-language", text);
        Assert.Contains("Every target is met.", text);
    }

    [Fact]
    public void report_marks_the_gaps_of_a_small_deck()
    {
        using var folder = new TempContentFolder();
        folder.WriteCard("sample-card.yaml", TempContentFolder.ValidCard);
        var stdout = new StringWriter();

        var code = ContentCommands.Report(folder.Path, stdout, new StringWriter());

        var text = stdout.ToString();
        Assert.Equal(0, code);
        Assert.Matches(@"\n  2\s+1\s+5\s+GAP -4", text);
        Assert.Matches(@"\n  billing-error\s+0\s+1\s+GAP -1", text);
        Assert.Contains("billing-error: 0 cards, needs 1 more (target 1)", text);
    }

    [Fact]
    public void report_exits_non_zero_on_invalid_content()
    {
        using var folder = new TempContentFolder();
        folder.WriteCard("c.yaml", TempContentFolder.ValidCard.Replace("starting_anger: 3", "starting_anger: 12", StringComparison.Ordinal));
        var stderr = new StringWriter();

        var code = ContentCommands.Report(folder.Path, new StringWriter(), stderr);

        Assert.Equal(1, code);
        Assert.Contains("field 'starting_anger' must be from 0 to 10, but is 12", stderr.ToString());
    }

    [Fact]
    public void the_command_line_parses_dir_arguments_and_runs_check()
    {
        using var folder = new TempContentFolder();
        folder.WriteCard("c.yaml", TempContentFolder.ValidCard.Replace("starting_anger: 3", "starting_anger: 12", StringComparison.Ordinal));
        var root = new System.CommandLine.RootCommand { ContentCommands.Build() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var parse = root.Parse(["content", "check", folder.Path]);
        var code = parse.Invoke(new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr });

        Assert.Equal(1, code);
        Assert.Contains("must be from 0 to 10, but is 12", stderr.ToString());
    }
}
