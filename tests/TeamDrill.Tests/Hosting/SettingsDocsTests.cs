using System.Text.RegularExpressions;
using TeamDrill.Server.Hosting;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Hosting;

/// <summary>The README shows the server's real <c>--help</c>, so a setting added or changed shows up there too.</summary>
public sealed partial class SettingsDocsTests
{
    private const string Command = "$ dotnet run --project server/TeamDrill.Server -- --help";

    [Fact]
    public void the_readme_settings_section_is_the_real_help()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf(Command, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{Command}' block");
        start += Command.Length;
        var shown = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var help = new StringWriter();

        ServerCommandLine.TryParse(["--help"], help, TextWriter.Null, out _);

        // Whitespace aside (columns and wrapping follow the terminal's width) and the program's name,
        // which System.CommandLine takes from the running executable: here the test host.
        var expected = help.ToString().Replace("testhost", "teamdrill-server", StringComparison.Ordinal);
        Assert.Equal(Words().Replace(expected, " ").Trim(), Words().Replace(shown, " ").Trim());
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Words();
}
