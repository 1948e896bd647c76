using TeamDrill.LoadTest.Hosting;
using TeamDrill.LoadTest.Worker;

namespace TeamDrill.LoadTest.Cli;

/// <summary>A coordinator run, its options checked: nothing in here can still be wrong.</summary>
public sealed record RunOptions
{
    public required RunMode Mode { get; init; }
    public required string CommandLine { get; init; }
    public int Rooms { get; init; }
    public required Workload Workload { get; init; }
    public int WarmupSeconds { get; init; }
    public int Seconds { get; init; }
    public int Clients { get; init; }
    public int GraceSeconds { get; init; }
    public required Pinning Pinning { get; init; }
    public string? ServerUrl { get; init; }
    public int? ServerPid { get; init; }
    public bool Json { get; init; }
    public int Messages { get; init; }
    public int IdleConnections { get; init; }
    public int SetupParallel { get; init; }

    /// <summary>The server this run measures: one started here, or the one at <c>--server</c>.</summary>
    public async Task<ServerUnderTest> OpenServerAsync(CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var server = ServerUrl is { } url
            ? await ServerUnderTest.UseRunningAsync(url, ServerPid, cancellationToken)
            : await ServerUnderTest.StartAsync(Pinning.ServerCores, environment ?? new Dictionary<string, string>(), cancellationToken);
        Console.Error.WriteLine(ServerUrl is null
            ? $"server started: {server.Url}, pid {server.Probe!.Pid}{(Pinning.ServerCores is { } c ? $", cores {c}" : "")}, data {server.DataFolder}"
            : $"server: {server.Url}{(server.Probe is { } p ? $", pid {p.Pid}" : ", no --server-pid: CPU and memory figures omitted")}");
        return server;
    }
}
