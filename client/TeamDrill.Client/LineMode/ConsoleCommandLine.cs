using System.CommandLine;
using TeamDrill.Client.Session;

namespace TeamDrill.Client.LineMode;

/// <summary>The <c>console</c> subcommand of <c>teamdrill</c>.</summary>
public static class ConsoleCommandLine
{
    public static Command Build(ClientConfigStore store)
    {
        var server = new Option<string?>("--server")
        {
            Description = $"Server address (default: the last one used, else {SignInTarget.DefaultServer})",
        };
        var name = new Option<string?>("--name")
        {
            Description = "Your display name (default: the last one used)",
        };
        var room = new Option<string?>("--room")
        {
            Description = "Join this room code right after signing in",
        };

        var command = new Command("console", "Line-mode client: reads commands from stdin, prints events to stdout (/help lists commands)")
        {
            server,
            name,
            room,
        };
        command.SetAction((parseResult, cancellationToken) => ConsoleClient.RunAsync(
            new ConsoleOptions(parseResult.GetValue(server), parseResult.GetValue(name), parseResult.GetValue(room)),
            Console.In,
            Console.Out,
            store,
            cancellationToken));
        return command;
    }
}
