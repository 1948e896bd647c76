using System.Text.RegularExpressions;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Tui;

/// <summary>
/// docs/tui.md lists, under each screen's heading, exactly the keys of that screen's key table: a key
/// added to a screen without the doc, or left in the doc after it is gone, fails here.
/// </summary>
[Collection(TuiCollection.Name)]
public sealed partial class TuiDocsTests : IDisposable
{
    private static readonly Dictionary<string, string> Headings = new(StringComparer.Ordinal)
    {
        ["Sign in"] = "signin",
        ["Lobby"] = "lobby",
        ["Drill, as the customer"] = "customer",
        ["Drill, as the agent"] = "agent",
        ["Drill, as a scorer"] = "scorer",
        ["Debrief"] = "debrief",
        ["History"] = "history",
        ["League"] = "league",
    };

    private readonly Headless _ui = new();

    public static TheoryData<string> Screens => [.. ScreenGallery.Names];

    [Theory]
    [MemberData(nameof(Screens))]
    public void the_doc_lists_exactly_the_keys_of_the_screens_key_table(string which)
    {
        var heading = Headings.Single(h => h.Value == which).Key;
        var documented = DocumentedKeys(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "tui.md")), heading);
        var screen = _ui.Show(ScreenGallery.Build(which, new Palette(true)));

        Assert.Equal(screen.Keys.Names.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void the_check_reads_the_keys_of_a_section_and_only_that_section()
    {
        const string doc = "### One\ntext `q` here\n\n| Key | What |\n| --- | --- |\n| `a` | first |\n| `F2` `↑↓` | two at once |\n\n### Two\n| `z` | other |\n";

        Assert.Equal(["a", "F2", "↑↓"], DocumentedKeys(doc, "One"));
    }

    /// <summary>The backticked keys in the first column of the table rows under <c>### heading</c>, up to the next heading.</summary>
    private static List<string> DocumentedKeys(string doc, string heading)
    {
        var lines = doc.ReplaceLineEndings("\n").Split('\n');
        var start = Array.IndexOf(lines, "### " + heading);
        Assert.True(start >= 0, $"docs/tui.md has no section '### {heading}'");
        var keys = new List<string>();
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith('#')))
        {
            var cells = line.Split('|');
            if (line.StartsWith('|') && cells.Length > 2)
            {
                keys.AddRange(Backticked().Matches(cells[1]).Select(m => m.Groups[1].Value));
            }
        }

        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    public void Dispose() => _ui.Dispose();
}
