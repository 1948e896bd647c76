using TeamDrill.Client.Content;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Content;

/// <summary>
/// A card, rubric or phrasebook with a character that could steer a player's terminal (an ANSI or OSC
/// sequence, a C1 control, a bidi override) or hide text (zero-width and filler characters) is refused
/// where it stands, so it never reaches anyone's screen.
/// </summary>
public sealed class HiddenCharacterContentTests
{
    private const string Why = "cannot be in a content file: it can disguise text or take over a player's terminal; delete it";

    [Theory]
    [InlineData("situation: Something you", "situation: Something \u001b[2J you", 12, 22, "U+001B (escape)")]
    [InlineData("title: A sample card", "title: A \u009b31m sample card", 2, 10, "U+009B (control sequence introducer)")]
    [InlineData("name: Sam Sample", "name: Sam \u202ESample", 7, 13, "U+202E (right-to-left override)")]
    [InlineData("background: A tester", "background: A \u2066tester", 10, 17, "U+2066 (left-to-right isolate)")]
    [InlineData("temperament: Calm", "temperament: Ca\u200Blm", 11, 18, "U+200B (zero width space)")]
    [InlineData("demands_supervisor: Never.", "demands_supervisor: Never.\u3164", 30, 27, "U+3164 (Hangul filler)")]
    [InlineData("Order 1 is", "Order\u0007 1 is", 34, 12, "U+0007 (bell)")]
    [InlineData("A firm new", "A firm\u0085 new", 27, 11, "U+0085 (next line)")]
    public void a_card_with_a_hidden_character_names_it_at_its_line_and_column(string find, string replace, int line, int column, string named)
    {
        using var folder = new TempContentFolder();
        var card = folder.WriteCardWith("bad.yaml", find, replace);

        var result = folder.Load();

        Assert.False(result.IsValid);
        Assert.Equal($"{card}:{line}:{column}: {named} {Why}", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void an_escape_spelled_in_double_quotes_is_caught_in_the_value()
    {
        using var folder = new TempContentFolder();
        var card = folder.WriteCardWith("osc.yaml", "opening_line: \"Where", "opening_line: \"\\e]52;c;aGk=\\a Where");

        var problem = Assert.Single(folder.Load().Problems);

        Assert.Equal($"{card}:13:15: U+001B (escape) {Why}", problem.ToString());
    }

    [Fact]
    public void the_rubric_and_the_phrasebook_are_checked_too()
    {
        using var folder = new TempContentFolder();
        folder.WriteCard("good.yaml", TempContentFolder.ValidCard);
        folder.WriteRubric("# scored \u001b]8;;http://x\u0007here\n" + File.ReadAllText(Path.Combine(RepoContent.Folder, "rubric.yaml")));
        folder.WritePhrasebook(File.ReadAllText(Path.Combine(RepoContent.Folder, "phrasebook.yaml")) + "# \u2067end\n");
        var phrasebookLines = File.ReadAllText(folder.PhrasebookPath).Split('\n').Length - 1;

        var problems = folder.Problems();

        Assert.Equal(
            [
                $"{folder.PhrasebookPath}:{phrasebookLines}:3: U+2067 (right-to-left isolate) {Why}",
                $"{folder.RubricPath}:1:10: U+001B (escape) {Why}",
                $"{folder.RubricPath}:1:23: U+0007 (bell) {Why}",
            ],
            problems);
    }

    [Fact]
    public void tabs_and_windows_line_endings_are_allowed()
    {
        using var folder = new TempContentFolder();
        folder.WriteCard("crlf.yaml", TempContentFolder.ValidCard.Replace("\n", "\r\n", StringComparison.Ordinal)
            .Replace("Something you ordered", "Something\tyou ordered", StringComparison.Ordinal));

        var result = folder.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void content_check_fails_with_the_place_and_the_character()
    {
        using var folder = new TempContentFolder();
        var card = folder.WriteCardWith("bad.yaml", "situation: Something you", "situation: Something \u001b[2J you");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = ContentCommands.Check(folder.Path, stdout, stderr);

        Assert.NotEqual(0, code);
        Assert.Contains($"{card}:12:22: U+001B (escape) {Why}", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_server_does_not_start_on_a_card_with_an_escape()
    {
        using var folder = new TempContentFolder();
        var card = folder.WriteCardWith("bad.yaml", "title: A sample card", "title: A \u001b]52;c;aGk=\u0007 card");
        using var data = new TempFolder();

        var (exitCode, _, error) = await TeamDrill.Tests.Hosting.BadSettingStartTests.RunServerAsync(["--data", Path.Combine(data.Path, "data"), "--content", folder.Path], environment: []);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"{card}:2:10: U+001B (escape) {Why}", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(data.Path, "data")), "the data folder was created");
    }
}
