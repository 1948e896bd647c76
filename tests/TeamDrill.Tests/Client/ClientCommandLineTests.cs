using System.CommandLine;
using TeamDrill.Client;
using TeamDrill.Client.Session;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Client;

/// <summary>The one <c>teamdrill</c> command tree: every usage line runs as typed, and completion reaches every subcommand.</summary>
public sealed class ClientCommandLineTests : IDisposable
{
    private readonly TempFolder _config = new("teamdrill-config");
    private readonly ClientConfigStore _store;

    public ClientCommandLineTests() => _store = new ClientConfigStore(Path.Combine(_config.Path, "config.json"));

    public void Dispose() => _config.Dispose();

    public static TheoryData<string> CommandPaths()
    {
        var paths = new TheoryData<string>();
        foreach (var path in Walk(ClientCommandLine.Build(new ClientConfigStore("unused.json")), []))
        {
            paths.Add(string.Join(' ', path));
        }

        return paths;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void the_help_usage_line_names_the_whole_command_and_parses_as_typed(string path)
    {
        var root = ClientCommandLine.Build(_store);
        var typed = path.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var help = new StringWriter();
        root.Parse([.. typed, "--help"]).Invoke(new InvocationConfiguration { Output = help, Error = help });

        var usage = UsageLine(help.ToString());
        var words = usage.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(root.Name, words[0]);
        Assert.Equal(typed, words.Skip(1).TakeWhile(w => w[0] is not ('<' or '[')));

        // The usage line with a sample value for each <ARGUMENT>: what a reader would type.
        var command = Find(root, typed);
        var samples = command.Arguments.Select(a => a.GetCompletions(CompletionContextFor(root)).Select(c => c.Label).FirstOrDefault() ?? "ABCDEF");
        var parsed = root.Parse([.. typed, .. samples]);
        Assert.Empty(parsed.Errors.Select(e => e.Message));
        Assert.Same(command, parsed.CommandResult.Command);
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void completion_offers_every_subcommand(string path)
    {
        var root = ClientCommandLine.Build(_store);
        var typed = path.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var command = Find(root, typed);
        var line = typed.Length == 0 ? "" : path + " ";

        var offered = root.Parse(line).GetCompletions(line.Length).Select(c => c.Label).ToList();

        Assert.All(command.Subcommands, sub => Assert.Contains(sub.Name, offered));
    }

    [Fact]
    public void the_league_commands_are_in_the_tree_down_to_round_start()
    {
        var paths = Walk(ClientCommandLine.Build(_store), []).Select(p => string.Join(' ', p)).ToList();

        Assert.Contains("league round start", paths);
        Assert.Contains("league season start", paths);
        Assert.Contains("league export", paths);
    }

    [Theory]
    [InlineData("league", "round")]
    [InlineData("league round", "preview")]
    [InlineData("league season", "start")]
    public async Task a_group_typed_alone_prints_its_commands_and_exits_as_bad_usage(string typed, string listed)
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await ClientCommandLine.RunAsync(typed.Split(' '), output, error, _store);

        Assert.Equal(2, exit);
        Assert.Contains($"Usage:\n  {ClientCommandLine.Build(_store).Name} {typed} [command] [options]", output.ToString().ReplaceLineEndings("\n"));
        Assert.Contains(listed, output.ToString());
    }

    [Fact]
    public async Task a_league_command_typed_wrong_says_why_on_stderr_and_exits_2_without_a_server()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await ClientCommandLine.RunAsync(["league", "round", "open", "ABCDEF"], output, error, _store);

        Assert.Equal(2, exit);
        Assert.Equal("", output.ToString());
        Assert.Equal(
            "! Unrecognized command or argument 'open'.\n! Unrecognized command or argument 'ABCDEF'.\n! run 'teamdrill league --help' for the commands\n",
            error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task a_command_outside_league_typed_wrong_keeps_the_usual_error_and_exit_code()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await ClientCommandLine.RunAsync(["console", "--bogus"], output, error, _store);

        Assert.Equal(1, exit);
        Assert.StartsWith("Unrecognized command or argument '--bogus'.", error.ToString());
    }

    private static System.CommandLine.Completions.CompletionContext CompletionContextFor(RootCommand root) =>
        root.Parse("").GetCompletionContext();

    private static string UsageLine(string help)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == "Usage:");
        Assert.True(start >= 0, $"no Usage: section in\n{help}");
        return string.Join(' ', lines.Skip(start + 1).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Trim()));
    }

    private static Command Find(Command root, IEnumerable<string> path) =>
        path.Aggregate(root, (command, name) => command.Subcommands.Single(s => s.Name == name));

    private static IEnumerable<string[]> Walk(Command command, string[] path)
    {
        yield return path;
        foreach (var sub in command.Subcommands)
        {
            foreach (var below in Walk(sub, [.. path, sub.Name]))
            {
                yield return below;
            }
        }
    }
}
