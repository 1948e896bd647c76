using System.Diagnostics;
using TeamDrill.LoadTest.Cli;
using TeamDrill.LoadTest.Clients;
using TeamDrill.LoadTest.Hosting;
using TeamDrill.LoadTest.Measurement;

namespace TeamDrill.LoadTest.Coordinator;

/// <summary>
/// The server's memory per idle connection: sign everyone in first (their player and token grains
/// then exist, so the baseline holds everything but the connections), open one hub connection each
/// with no room, and compare RSS; then close them all and see how much memory comes back.
/// </summary>
public sealed class IdleRun(RunOptions options)
{
    private static readonly TimeSpan SettleAfterSignIn = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan SettleAfterConnect = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ReturnWaitLimit = TimeSpan.FromSeconds(30);

    public async Task<IdleReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var server = await options.OpenServerAsync(cancellationToken);
        var probe = server.Probe ?? throw new InvalidOperationException("--idle measures the server's memory: give --server-pid with --server.");
        using var pool = new PlayerPool(server.Url, options.SetupParallel);
        var n = options.IdleConnections;
        var players = await pool.SignInAsync([.. Enumerable.Range(0, n).Select(i => $"idle-{i}")], "players", cancellationToken);
        try
        {
            await Task.Delay(SettleAfterSignIn, cancellationToken);
            var baseline = probe.RssBytes();
            Console.Error.WriteLine($"baseline RSS {baseline / 1048576.0:F1} MB with {n:N0} players signed in; connecting...");

            await pool.ConnectAsync(players, null, "idle connections", cancellationToken);
            await Task.Delay(SettleAfterConnect, cancellationToken);
            server.ThrowIfExited();
            var open = probe.RssBytes();
            var droppedWhileOpen = players.Sum(p => (long)p.ClosedUnasked);
            Console.Error.WriteLine($"RSS {open / 1048576.0:F1} MB with {n:N0} idle connections; closing them...");

            await pool.DisconnectAsync(players, cancellationToken);
            var (afterClose, lowest, waited) = await WatchMemoryReturnAsync(probe, cancellationToken);
            return new IdleReport
            {
                CommandLine = options.CommandLine,
                Server = server.Url,
                ServerPid = probe.Pid,
                ServerCores = options.Pinning.ServerCores?.Text,
                Connections = n,
                ConnectionsDroppedWhileOpen = droppedWhileOpen,
                BaselineRssMb = baseline / 1048576.0,
                OpenRssMb = open / 1048576.0,
                KilobytesPerConnection = (open - baseline) / 1024.0 / n,
                AfterCloseRssMb = afterClose / 1048576.0,
                LowestAfterCloseRssMb = lowest / 1048576.0,
                SecondsWatchedAfterClose = waited,
                ReturnedMb = (open - afterClose) / 1048576.0,
            };
        }
        finally
        {
            await pool.DisconnectAsync(players, CancellationToken.None);
        }
    }

    /// <summary>
    /// Samples RSS once a second for 30 s after the close: the runtime gives memory back lazily, if at
    /// all, so the last sample and the lowest are both reported.
    /// </summary>
    private static async Task<(long Last, long Lowest, double Seconds)> WatchMemoryReturnAsync(ProcessProbe probe, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var samples = new List<long> { probe.RssBytes() };
        while (clock.Elapsed < ReturnWaitLimit)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            samples.Add(probe.RssBytes());
        }

        return (samples[^1], samples.Min(), clock.Elapsed.TotalSeconds);
    }
}
