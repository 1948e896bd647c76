using System.CommandLine;
using TeamDrill.Client.Archives;
using TeamDrill.Client.Content;
using TeamDrill.Client.LineMode;
using TeamDrill.Client.Tui;

var root = new RootCommand("TeamDrill: customer-service drills in the terminal");
TuiCommandLine.Configure(root);
root.Subcommands.Add(ConsoleCommandLine.Build());

root.Subcommands.Add(ContentCommands.Build());
root.Subcommands.Add(ArchiveCommands.BuildExport());
root.Subcommands.Add(ArchiveCommands.BuildReplay());
root.Subcommands.Add(TeamDrill.Client.Leagues.LeagueCommands.Build());

return await root.Parse(args).InvokeAsync();
