using System.CommandLine;
using TeamDrill.Client.Session;

namespace TeamDrill.Client.Tui;

/// <summary>The root command's options and action: <c>teamdrill</c> opens the full-screen client.</summary>
public static class TuiCommandLine
{
    public static void Configure(RootCommand root)
    {
        var server = new Option<string?>("--server") { Description = $"Prefill the server (default: the last one used, else {SignInTarget.DefaultServer})" };
        var name = new Option<string?>("--name") { Description = "Prefill your display name (default: the last one used)" };
        var room = new Option<string?>("--room") { Description = "Prefill a join code" };
        var measure = new Option<bool>("--measure-startup")
        {
            Description = "Quit after the first drawn frame and print the milliseconds since the process started",
        };
        root.Options.Add(server);
        root.Options.Add(name);
        root.Options.Add(room);
        root.Options.Add(measure);
        root.SetAction((parseResult, _) => TuiApp.RunAsync(new TuiOptions(
            parseResult.GetValue(server),
            parseResult.GetValue(name),
            parseResult.GetValue(room),
            parseResult.GetValue(measure))));
    }
}
