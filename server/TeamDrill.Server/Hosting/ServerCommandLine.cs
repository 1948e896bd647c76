using System.CommandLine;

namespace TeamDrill.Server.Hosting;

/// <summary>
/// The server's flags. Each one overrides the matching <c>TeamDrill:*</c> setting, so appsettings.json,
/// environment variables and flags all describe the same options; <c>--help</c> lists them.
/// </summary>
public static class ServerCommandLine
{
    private static readonly (string Flag, string Key, string Help)[] Flags =
    [
        ("--role", "Role", "all (silo and edge in one process, the default), silo or edge"),
        ("--listen", "Listen", "address of the hub and HTTP endpoints (default http://127.0.0.1:5080)"),
        ("--data", "DataDirectory", "folder for the SQLite database (default ./data)"),
        ("--cluster-id", "ClusterId", "Orleans cluster id (default teamdrill)"),
        ("--service-id", "ServiceId", "Orleans service id (default teamdrill)"),
        ("--silo-port", "SiloPort", "silo-to-silo port, loopback with localhost clustering (default 11111)"),
        ("--gateway-port", "GatewayPort", "Orleans gateway port for edges (default 30000)"),
        ("--storage", "Storage", "sqlite (default) or postgres"),
        ("--postgres", "PostgresConnectionString", "PostgreSQL connection string when --storage postgres"),
        ("--redis", "RedisConnectionString", "Redis for cluster membership, to run several silos and edges (default: none, localhost clustering)"),
        ("--silo-address", "SiloAddress", "with --redis: the address this silo listens on and advertises (default 127.0.0.1)"),
        ("--call-time-limit", "CallTimeLimit", "how long a call may run, hh:mm:ss (default 00:10:00)"),
        ("--scoring-time-limit", "ScoringTimeLimit", "how long scoring stays open after a call, hh:mm:ss (default 00:10:00)"),
        ("--max-room-members", "MaxRoomMembers", "most members in one room (default 16)"),
        ("--facilitator-key", "FacilitatorKey", "a secret; whoever claims it becomes a facilitator and may create leagues (default: none, leagues off)"),
    ];

    /// <summary>Parses the flags into configuration overrides, or returns the exit code when it printed help or errors.</summary>
    public static int? TryParse(string[] args, TextWriter output, TextWriter error, out Dictionary<string, string?> overrides)
    {
        var root = new RootCommand("TeamDrill server: the Orleans silo and the SignalR edge.");
        var options = Flags.Select(f => (Option: new Option<string>(f.Flag) { Description = f.Help }, f.Key)).ToList();
        foreach (var (option, _) in options)
        {
            root.Options.Add(option);
        }

        var content = new Option<string[]>("--content")
        {
            Description = "a content folder; repeat it for several, later ones override earlier ones by card id (default: the shipped content)",
            AllowMultipleArgumentsPerToken = false,
        };
        root.Options.Add(content);

        overrides = [];
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run with --help to see the settings.");
            return 2;
        }

        if (result.Action is not null)
        {
            // --help or --version: let System.CommandLine print it.
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        foreach (var (option, key) in options)
        {
            if (result.GetResult(option) is not null)
            {
                overrides[$"{ServerOptions.Section}:{key}"] = result.GetValue(option);
            }
        }

        var folders = result.GetValue(content) ?? [];
        for (var i = 0; i < folders.Length; i++)
        {
            overrides[$"{ServerOptions.Section}:ContentFolders:{i}"] = folders[i];
        }

        return null;
    }
}
