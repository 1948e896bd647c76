using System.CommandLine;
using System.CommandLine.Parsing;
using TeamDrill.LoadTest.Hosting;
using TeamDrill.LoadTest.Worker;

namespace TeamDrill.LoadTest.Cli;

/// <summary>The coordinator's options and the rules for combining them.</summary>
public sealed class ToolOptions
{
    private readonly Option<int> _rooms = new("--rooms") { Description = "rooms of 8 (customer, agent, 6 scorers) playing at once", DefaultValueFactory = _ => 1 };
    private readonly Option<string> _workload = new("--workload")
    {
        Description = "realistic: each room sends 1 message a second, customer and agent alternating; burst: customer and agent each send 8 a second",
        DefaultValueFactory = _ => Workload.Realistic.Name,
    };

    private readonly Option<int> _seconds = new("--seconds") { Description = "how long the rooms send", DefaultValueFactory = _ => 30 };
    private readonly Option<int> _warmup = new("--warmup")
    {
        Description = "seconds the rooms send before the measured window opens (not counted)",
        DefaultValueFactory = _ => 5,
    };

    private readonly Option<int> _clients = new("--clients") { Description = "client processes the rooms are split among", DefaultValueFactory = _ => 1 };
    private readonly Option<int> _grace = new("--grace") { Description = "seconds to wait after the last send for late deliveries", DefaultValueFactory = _ => 10 };
    private readonly Option<bool> _pin = new("--pin") { Description = "pin the server to core 0 and the clients to the other cores (taskset)" };
    private readonly Option<string?> _serverCores = new("--server-cores") { Description = "pin the server to these cores, e.g. 0 (taskset -c form)" };
    private readonly Option<string?> _clientCores = new("--client-cores") { Description = "pin the clients to these cores, e.g. 1 or 1-3" };
    private readonly Option<string?> _server = new("--server") { Description = "use the server already running at this URL instead of starting one" };
    private readonly Option<int?> _serverPid = new("--server-pid") { Description = "with --server: its process id, for CPU and memory figures" };
    private readonly Option<bool> _json = new("--json") { Description = "print one JSON line on stdout (the readable report goes to stderr)" };
    private readonly Option<bool> _growth = new("--growth") { Description = "one room, closed loop: ms per send and bytes written per action at 100, 1,000 and 5,000 messages" };
    private readonly Option<int> _messages = new("--messages") { Description = "with --growth: messages to send", DefaultValueFactory = _ => 5000 };
    private readonly Option<int?> _idle = new("--idle") { Description = "open this many idle connections and report server memory per connection" };
    private readonly Option<int> _setupParallel = new("--setup-parallel")
    {
        Description = "sign-ins and connections set up at once (per client process)",
        DefaultValueFactory = _ => 50,
    };

    public ToolOptions()
    {
        _workload.AcceptOnlyFromAmong([.. Workload.Names]);
    }

    public IReadOnlyList<Option> All =>
        [_rooms, _workload, _seconds, _warmup, _clients, _grace, _pin, _serverCores, _clientCores, _server, _serverPid, _json, _growth, _messages, _idle, _setupParallel];

    /// <summary>The checked options, or null with <paramref name="problems"/> saying why.</summary>
    public RunOptions? ToRunOptions(ParseResult result, string commandLine, List<string> problems)
    {
        var mode = result.GetValue(_growth) ? RunMode.Growth : result.GetValue(_idle) is not null ? RunMode.Idle : RunMode.Load;
        if (result.GetValue(_growth) && result.GetValue(_idle) is not null)
        {
            problems.Add("--growth and --idle are separate runs; pick one.");
        }

        CheckApplies(result, mode, problems);
        var rooms = InRange(result, _rooms, 1, 100_000, problems);
        var seconds = InRange(result, _seconds, 1, 86_400, problems);
        var clients = InRange(result, _clients, 1, 64, problems);
        if (mode == RunMode.Load && rooms >= 1 && clients > rooms)
        {
            problems.Add($"--clients {clients} is more than --rooms {rooms}: every client process needs at least one room.");
        }

        var warmup = InRange(result, _warmup, 0, 600, problems);
        var grace = InRange(result, _grace, 0, 600, problems);
        var messages = InRange(result, _messages, 100, 1_000_000, problems);
        var parallel = InRange(result, _setupParallel, 1, 1000, problems);
        var idle = result.GetValue(_idle) ?? 0;
        if (mode == RunMode.Idle && idle is < 1 or > 100_000)
        {
            problems.Add($"--idle is {idle}; it takes 1 to 100000 connections.");
        }

        var server = result.GetValue(_server);
        if (server is not null && !(Uri.TryCreate(server, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            problems.Add($"--server '{server}' is not an http:// or https:// URL.");
        }

        var pid = result.GetValue(_serverPid);
        if (pid is not null && server is null)
        {
            problems.Add("--server-pid goes with --server; a server started here is measured anyway.");
        }
        else if (pid is { } p && !Directory.Exists($"/proc/{p}"))
        {
            problems.Add($"--server-pid {p}: no such process.");
        }

        if (mode == RunMode.Idle && server is not null && pid is null)
        {
            problems.Add("--idle measures the server's memory: with --server give --server-pid too.");
        }

        var pinning = PinningFrom(result, server is not null, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        return new RunOptions
        {
            Mode = mode,
            CommandLine = commandLine,
            Rooms = rooms,
            Workload = Workload.Parse(result.GetValue(_workload)!),
            WarmupSeconds = warmup,
            Seconds = seconds,
            Clients = clients,
            GraceSeconds = grace,
            Pinning = pinning!,
            ServerUrl = server?.TrimEnd('/'),
            ServerPid = pid,
            Json = result.GetValue(_json),
            Messages = messages,
            IdleConnections = idle,
            SetupParallel = parallel,
        };
    }

    private static bool Given(ParseResult result, Option option) => result.GetResult(option) is OptionResult { Implicit: false };

    private static int InRange(ParseResult result, Option<int> option, int min, int max, List<string> problems)
    {
        var value = result.GetValue(option);
        if (value < min || value > max)
        {
            problems.Add($"{option.Name} is {value}; it takes {min} to {max}.");
        }

        return value;
    }

    /// <summary>An option that only another kind of run reads is a mistake worth saying, not a silent no-op.</summary>
    private void CheckApplies(ParseResult result, RunMode mode, List<string> problems)
    {
        Option[] loadOnly = [_rooms, _workload, _seconds, _warmup, _clients, _grace];
        foreach (var option in loadOnly.Where(o => mode != RunMode.Load && Given(result, o)))
        {
            problems.Add($"{option.Name} is for the load run, not --{mode.ToString().ToLowerInvariant()}.");
        }

        if (mode != RunMode.Growth && Given(result, _messages))
        {
            problems.Add("--messages is for --growth.");
        }
    }

    private Pinning? PinningFrom(ParseResult result, bool remoteServer, List<string> problems)
    {
        var pin = result.GetValue(_pin);
        var serverText = result.GetValue(_serverCores);
        var clientText = result.GetValue(_clientCores);
        if (!pin && serverText is null && clientText is null)
        {
            return Pinning.None;
        }

        if (remoteServer && (pin || serverText is not null))
        {
            problems.Add("--pin and --server-cores pin a server this tool starts; with --server use --client-cores (and pin the server yourself).");
            return null;
        }

        if (Pinning.FindTaskset() is null)
        {
            problems.Add("pinning needs taskset, which is not installed: apt-get install util-linux.");
            return null;
        }

        // --pin alone: the server on core 0, the clients on every other core.
        var lastCore = Environment.ProcessorCount - 1;
        serverText ??= pin && !remoteServer ? "0" : null;
        clientText ??= pin ? (lastCore >= 1 ? (lastCore == 1 ? "1" : $"1-{lastCore}") : null) : null;
        if (pin && clientText is null)
        {
            problems.Add("--pin needs at least 2 cores: one for the server, one for the clients.");
            return null;
        }

        var serverCores = ParseCores(serverText, _serverCores.Name, problems);
        var clientCores = ParseCores(clientText, _clientCores.Name, problems);
        if (serverCores is not null && clientCores is not null && serverCores.Cores.Intersect(clientCores.Cores).Any())
        {
            problems.Add($"--server-cores {serverCores} and --client-cores {clientCores} overlap; pinning is meant to keep them apart.");
        }

        return new Pinning(serverCores, clientCores);
    }

    private static CoreList? ParseCores(string? text, string flag, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (!CoreList.TryParse(text, out var cores, out var problem))
        {
            problems.Add($"{flag}: {problem}");
        }

        return cores;
    }
}
