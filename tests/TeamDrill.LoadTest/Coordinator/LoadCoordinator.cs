using System.Diagnostics;
using TeamDrill.LoadTest.Cli;
using TeamDrill.LoadTest.Hosting;
using TeamDrill.LoadTest.Measurement;
using TeamDrill.LoadTest.Worker;

namespace TeamDrill.LoadTest.Coordinator;

/// <summary>
/// The default run: a server, the rooms split among worker processes, everyone set up before GO,
/// the server's CPU and memory read around the sending window, and the workers' results merged.
/// </summary>
public sealed class LoadCoordinator(RunOptions options)
{
    public async Task<LoadReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var server = await options.OpenServerAsync(cancellationToken);
        var atStart = ServerSnapshot.Take(server.Probe);
        var workers = new List<WorkerProcess>();
        try
        {
            foreach (var share in Shares(server.Url))
            {
                workers.Add(WorkerProcess.Start(share, options.Pinning.ClientCores));
            }

            Console.Error.WriteLine($"setting up {options.Rooms} rooms ({options.Rooms * 8} connections) in {workers.Count} client process(es)...");
            await WaitAllAsync(workers.Select(w => w.Ready), server, Timeout.InfiniteTimeSpan, cancellationToken);

            foreach (var worker in workers)
            {
                worker.SendGo();
            }

            // The warm-up runs the same schedule uncounted: right after set-up the server is still
            // compiling hot code in the background, which would be charged to the first messages.
            var goAt = Stopwatch.GetTimestamp();
            Console.Error.WriteLine($"GO: warm-up {options.WarmupSeconds} s, then {options.Workload.Name} for {options.Seconds} s");
            await SleepWhileAllAliveAsync(goAt, options.WarmupSeconds, server, workers, cancellationToken);
            var beforeLoad = ServerSnapshot.Take(server.Probe);
            var windowStart = Stopwatch.GetTimestamp();
            await SleepWhileAllAliveAsync(windowStart, options.Seconds, server, workers, cancellationToken);
            var atEnd = ServerSnapshot.Take(server.Probe);
            var windowSeconds = Stopwatch.GetElapsedTime(windowStart).TotalSeconds;

            Console.Error.WriteLine($"sending done; waiting up to {options.GraceSeconds} s for late deliveries...");
            var results = await WaitAllAsync(
                workers.Select(w => w.Result), server, TimeSpan.FromSeconds(options.GraceSeconds + 120), cancellationToken);

            // Everyone still connected, nobody sending: what the server burns on its own. At low
            // message rates that is a good part of the window's CPU per message.
            await Task.Delay(TimeSpan.FromSeconds(0.5), cancellationToken);
            var idleStart = ServerSnapshot.Take(server.Probe);
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            var idleEnd = ServerSnapshot.Take(server.Probe);
            foreach (var worker in workers)
            {
                worker.SendBye();
            }

            return LoadReport.From(options, server, results, windowSeconds, new ServerSnapshots(atStart, beforeLoad, atEnd, idleStart, idleEnd));
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    /// <summary>Consecutive rooms to each worker, as evenly as they divide; room numbers set each room's offset in the second.</summary>
    private IEnumerable<WorkerOptions> Shares(string url)
    {
        var first = 0;
        for (var id = 0; id < options.Clients; id++)
        {
            var count = (options.Rooms / options.Clients) + (id < options.Rooms % options.Clients ? 1 : 0);
            yield return new WorkerOptions(
                url, id, first, count, options.Rooms, options.Workload, options.WarmupSeconds, options.Seconds, options.GraceSeconds, options.SetupParallel);
            first += count;
        }
    }

    /// <summary>Sleeps until <paramref name="seconds"/> after <paramref name="start"/>, failing the run at once if the server or a worker dies.</summary>
    private static async Task SleepWhileAllAliveAsync(long start, int seconds, ServerUnderTest server, List<WorkerProcess> workers, CancellationToken ct)
    {
        var end = start + (seconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < end)
        {
            server.ThrowIfExited();
            if (workers.FirstOrDefault(w => w.Result.IsFaulted) is { } failed)
            {
                await failed.Result;
            }

            // The end may have passed since the loop's check: never a negative delay.
            var left = TimeSpan.FromSeconds(Math.Max(0, end - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);
            await Task.Delay(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1), ct);
        }
    }

    /// <summary>Waits for every task, failing as soon as one fails or the server dies instead of waiting out the rest.</summary>
    private static async Task<T[]> WaitAllAsync<T>(IEnumerable<Task<T>> tasks, ServerUnderTest server, TimeSpan limit, CancellationToken ct)
    {
        var all = tasks.ToList();
        await WaitAllAsync(all.Cast<Task>(), server, limit, ct);
        return [.. all.Select(t => t.Result)];
    }

    private static async Task WaitAllAsync(IEnumerable<Task> tasks, ServerUnderTest server, TimeSpan limit, CancellationToken ct)
    {
        var all = tasks.ToList();
        var clock = Stopwatch.StartNew();
        var everything = Task.WhenAll(all);
        while (!everything.IsCompleted)
        {
            if (all.FirstOrDefault(t => t.IsFaulted) is { } failed)
            {
                await failed;
            }

            server.ThrowIfExited();
            if (limit != Timeout.InfiniteTimeSpan && clock.Elapsed > limit)
            {
                throw new TimeoutException($"The client processes did not finish within {limit.TotalSeconds:F0} s.");
            }

            await Task.WhenAny(everything, Task.Delay(500, ct));
            ct.ThrowIfCancellationRequested();
        }

        await everything;
    }
}
