using System.CommandLine;
using TeamDrill.LoadTest.Coordinator;

namespace TeamDrill.LoadTest.Cli;

/// <summary>
/// The tool's flags. Everything is checked before anything starts: a bad combination prints what is
/// wrong and exits 2 with no server or worker started.
/// </summary>
public static class ToolCommandLine
{
    public static RootCommand Build(string[] args)
    {
        var o = new ToolOptions();
        var root = new RootCommand(
            "TeamDrill load tool: starts the built server (or uses --server), drives rooms of 8 (customer, agent, 6 scorers) "
            + "from one or more client processes on an open-loop schedule, and reports fan-out latency, losses, server CPU per "
            + "message and memory. --growth times one long room; --idle measures memory per idle connection.");
        foreach (var option in o.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(WorkerCommand.Build());
        root.SetAction(async (result, ct) =>
        {
            var problems = new List<string>();
            var run = o.ToRunOptions(result, CommandLineText(args), problems);
            if (run is null)
            {
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine("! " + problem);
                }

                return 2;
            }

            return await Runs.ExecuteAsync(run, ct);
        });
        return root;
    }

    /// <summary>The command as typed, for the report: a reader can run it again.</summary>
    private static string CommandLineText(string[] args) =>
        string.Join(' ', new[] { "dotnet run -c Release --project tests/TeamDrill.LoadTest --" }
            .Concat(args.Select(a => a.Length == 0 || a.Any(char.IsWhiteSpace) ? $"'{a}'" : a)));
}
