using System.Net;
using System.Text.RegularExpressions;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Operations;

/// <summary>
/// Runs every command that docs/operations.md shows for logs, backup, restore, metrics and the dashboard,
/// as written, in the order an operator meets them: start the server with the documented flags, read its
/// endpoints, back up while it runs, stop it, restore.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed partial class OperationsDocsTests
{
    private static readonly string[] Sections = ["### JSON lines for a log shipper", "## Backup", "## Restore", "## Upgrade", "## Metrics", "## Dashboard"];

    [Fact]
    public async Task every_command_in_the_operators_walkthrough_runs_as_written()
    {
        var commands = Commands();
        var serverFlags = commands.Where(c => c[0] == "teamdrill-server" && c[1].StartsWith("--", StringComparison.Ordinal)).SelectMany(c => c.Skip(1)).ToArray();
        var reads = commands.Where(c => c[0] == "curl").Select(c => new Uri(c[^1]).AbsolutePath).ToList();
        var backups = commands.Where(c => c is ["teamdrill-server", "backup", ..]).ToList();
        var restores = commands.Where(c => c is ["teamdrill-server", "restore", ..]).ToList();
        Assert.Equal(["--log-format", "json", "--dashboard"], serverFlags);
        Assert.Equal((1, 1, 1), (reads.Count, backups.Count, restores.Count));
        Assert.Equal(commands.Count, 2 + reads.Count + backups.Count + restores.Count);

        // The data folder is the default one, ./data, in the folder the commands are typed in.
        using var work = new TempFolder();
        var server = await ServerProcess.StartAsync(Path.Combine(work.Path, "data"), serverFlags);
        try
        {
            using var http = new HttpClient();
            foreach (var path in reads.Append("/dashboard/"))
            {
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(server.Url + path)).StatusCode);
            }

            foreach (var backup in backups)
            {
                var ran = await ServerCommand.RunAsync(work.Path, [.. backup.Skip(1)]);
                Assert.True(ran.ExitCode == 0, ran.Error);
                Assert.StartsWith("Backed up ", ran.Output, StringComparison.Ordinal);
            }

            Assert.Equal(0, await server.StopAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            await server.DisposeAsync();
        }

        foreach (var restore in restores)
        {
            var ran = await ServerCommand.RunAsync(work.Path, [.. restore.Skip(1)]);
            Assert.True(ran.ExitCode == 0, ran.Error);
            Assert.StartsWith("Restored ", ran.Output, StringComparison.Ordinal);
        }
    }

    /// <summary>The <c>$ </c> lines of the fenced blocks in this page's operator sections, split into words.</summary>
    private static List<string[]> Commands()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "operations.md"));
        var commands = new List<string[]>();
        foreach (var heading in Sections)
        {
            var start = doc.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/operations.md has no '{heading}' section");
            var end = NextHeading().Match(doc, start + heading.Length + 2);
            var section = doc[start..(end.Success ? end.Index : doc.Length)];
            commands.AddRange(Prompt().Matches(section).Select(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }

        return commands;
    }

    [GeneratedRegex(@"^\$ (.+)$", RegexOptions.Multiline)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"^#{2,3} ", RegexOptions.Multiline)]
    private static partial Regex NextHeading();
}
