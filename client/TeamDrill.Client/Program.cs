using System.CommandLine;
using TeamDrill.Client.Archives;
using TeamDrill.Client.Content;
using TeamDrill.Client.LineMode;

var root = new RootCommand("TeamDrill: customer-service drills in the terminal");
root.SetAction(_ =>
{
    Console.Error.WriteLine("The full-screen client is not built yet. Use the line-mode client: teamdrill console --server http://127.0.0.1:5080 --name YOU");
    return 2;
});
root.Subcommands.Add(ConsoleCommandLine.Build());

root.Subcommands.Add(ContentCommands.Build());
root.Subcommands.Add(ArchiveCommands.BuildExport());
root.Subcommands.Add(ArchiveCommands.BuildReplay());
root.Subcommands.Add(TeamDrill.Client.Leagues.LeagueCommands.Build());

return await root.Parse(args).InvokeAsync();
