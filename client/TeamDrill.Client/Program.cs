using System.CommandLine;
using TeamDrill.Client.Content;
using TeamDrill.Client.LineMode;
using TeamDrill.Client.Tui;

var root = new RootCommand("TeamDrill: customer-service drills in the terminal");
TuiCommandLine.Configure(root);
root.Subcommands.Add(ConsoleCommandLine.Build());

root.Subcommands.Add(ContentCommands.Build());

return await root.Parse(args).InvokeAsync();
