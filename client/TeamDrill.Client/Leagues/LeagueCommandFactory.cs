using System.CommandLine;
using TeamDrill.Client.Session;
using TeamDrill.Client.Text;

namespace TeamDrill.Client.Leagues;

/// <summary>
/// The flags every league command shares and the one way each runs: check --format, sign in and connect,
/// make the calls, print. Exit 0 on success, 1 when the server refuses (<c>! reason</c> on stderr), 2 on bad usage.
/// </summary>
public sealed class LeagueCommandFactory(ClientConfigStore store)
{
    public const int Refused = 1;
    public const int BadUsage = 2;

    public Option<string?> Server { get; } = new("--server")
    {
        Description = $"server address (default: the last one used, else {SignInTarget.DefaultServer})",
        Recursive = true,
    };

    public Option<string?> Name { get; } = new("--name") { Description = "your display name (default: the last one used)", Recursive = true };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "table (default), csv or json; export also takes md",
        DefaultValueFactory = _ => "table",
        Recursive = true,
    };

    /// <summary>A group of league commands; typed alone it prints its help and exits as bad usage.</summary>
    public static Command Group(string name, string description) => CommandGroup.Create(name, description, BadUsage);

    public Command Leaf(string verb, string description, Func<LeagueInvocation, Task> act, params Symbol[] symbols)
    {
        var command = new Command(verb, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }

        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, verb, act, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, string verb, Func<LeagueInvocation, Task> act, CancellationToken cancellationToken)
    {
        var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        var format = (parseResult.GetValue(Format) ?? "table").Trim().ToLowerInvariant();
        if (format is not ("table" or "csv" or "json") && !(format == "md" && verb == "export"))
        {
            await error.WriteLineAsync($"! --format must be table, csv or json{(verb == "export" ? " (or md)" : "")}, not '{DisplayText.Clean(format)}'");
            return BadUsage;
        }

        try
        {
            await using var connection = await LeagueConnection.OpenAsync(parseResult.GetValue(Server), parseResult.GetValue(Name), store, cancellationToken);
            await act(new LeagueInvocation(parseResult, connection, format, output));
            return 0;
        }
        catch (LeagueUsageException e)
        {
            await error.WriteLineAsync($"! {e.Message}");
            return BadUsage;
        }
        catch (LeagueRefusedException e)
        {
            await error.WriteLineAsync($"! {e.Message}");
            return Refused;
        }
    }
}
