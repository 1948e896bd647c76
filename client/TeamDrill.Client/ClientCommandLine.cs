using System.CommandLine;
using System.CommandLine.Invocation;
using TeamDrill.Client.Archives;
using TeamDrill.Client.Content;
using TeamDrill.Client.Leagues;
using TeamDrill.Client.LineMode;
using TeamDrill.Client.Players;
using TeamDrill.Client.Session;
using TeamDrill.Client.Tui;

namespace TeamDrill.Client;

/// <summary>The one <c>teamdrill</c> command tree: the full-screen client at the root, every other command beneath it.</summary>
public static class ClientCommandLine
{
    public static RootCommand Build(ClientConfigStore store)
    {
        var root = new RootCommand("TeamDrill: customer-service drills in the terminal");
        TuiCommandLine.Configure(root);
        root.Subcommands.Add(ConsoleCommandLine.Build(store));
        root.Subcommands.Add(ContentCommands.Build());
        root.Subcommands.Add(ArchiveCommands.BuildExport());
        root.Subcommands.Add(ArchiveCommands.BuildReplay());
        root.Subcommands.Add(LeagueCommands.Build(store));
        root.Subcommands.Add(PlayerCommands.Build(store));
        root.Subcommands.Add(SignOutCommand.Build(store));
        return root;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, ClientConfigStore store, CancellationToken cancellationToken = default)
    {
        var parsed = Build(store).Parse(args);
        if (parsed.Action is ParseErrorAction && LeagueCommands.Owns(parsed))
        {
            return await LeagueCommands.ReportBadUsageAsync(parsed, error);
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
