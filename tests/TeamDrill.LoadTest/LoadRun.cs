using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Server.Hosting;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.LoadTest;

/// <summary>
/// Starts the real server (silo, hub, SQLite with synchronous=FULL) on free loopback ports, fills rooms
/// with players, and has each room's customer and agent take turns sending timed messages. Each send
/// waits for the server's acknowledgement (the message is on disk), so this is a closed loop.
/// </summary>
public sealed class LoadRun(int rooms, int playersPerRoom, int messagesPerRoom)
{
    public async Task<string> ExecuteAsync(CancellationToken cancellationToken)
    {
        if (rooms < 1 || playersPerRoom < 3 || messagesPerRoom < 1)
        {
            throw new ArgumentException("Need at least 1 room, 3 players per room and 1 message.");
        }

        var data = Path.Combine(Path.GetTempPath(), "teamdrill-load-" + Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable("TEAMDRILL__CALLSPERSECOND", "10000"); // the tool floods on purpose
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
        var app = TeamDrillServer.TryBuild(
            ["--listen", "http://127.0.0.1:0", "--data", data, "--silo-port", Free().ToString(), "--gateway-port", Free().ToString(),
             "--max-room-members", Math.Max(playersPerRoom, 3).ToString(), "--call-time-limit", "01:00:00"],
            Console.Out, Console.Error, out var exit) ?? throw new InvalidOperationException($"server did not build ({exit})");
        await app.StartAsync(cancellationToken);
        var url = TeamDrillServer.Addresses(app).First();
        var all = new List<LoadPlayer>();
        try
        {
            var tables = new List<(string Code, LoadPlayer Customer, LoadPlayer Agent, List<LoadPlayer> Everyone)>();
            for (var r = 0; r < rooms; r++)
            {
                var everyone = new List<LoadPlayer>();
                for (var p = 0; p < playersPerRoom; p++)
                {
                    everyone.Add(await LoadPlayer.SignInAsync(url, $"r{r}p{p}"));
                }

                all.AddRange(everyone);
                var code = (await everyone[0].Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), cancellationToken)).Code;
                foreach (var p in everyone.Skip(1))
                {
                    await p.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code, cancellationToken);
                }

                await everyone[0].Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, everyone[0].Name, DrillRole.Customer, cancellationToken);
                await everyone[0].Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, everyone[1].Name, DrillRole.Agent, cancellationToken);
                await everyone[0].Hub.InvokeAsync(nameof(IDrillHub.StartDrill), code, (string?)null, cancellationToken);
                tables.Add((code, everyone[0], everyone[1], everyone));
            }

            var arrivals = all.Select(p => p.Expect(messagesPerRoom)).ToList();
            GC.Collect();
            var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(tables.Select(t => Task.Run(
                async () =>
                {
                    for (var i = 0; i < messagesPerRoom; i++)
                    {
                        var sender = i % 2 == 0 ? t.Customer : t.Agent;
                        await sender.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), t.Code, $"t={Stopwatch.GetTimestamp()} message {i}", cancellationToken);
                    }
                },
                cancellationToken)));
            var sendSeconds = clock.Elapsed.TotalSeconds;
            var everyoneDone = Task.WhenAll(arrivals);
            if (await Task.WhenAny(everyoneDone, Task.Delay(TimeSpan.FromSeconds(60), cancellationToken)) != everyoneDone)
            {
                throw new TimeoutException("Not every message reached every player within 60 s.");
            }

            var totalSeconds = clock.Elapsed.TotalSeconds;
            var latencies = all.SelectMany(p => p.LatenciesMs).Order().ToList();
            var delivered = latencies.Count;
            var expected = (long)rooms * playersPerRoom * messagesPerRoom;
            var memoryAfter = GC.GetTotalMemory(forceFullCollection: false);
            using var self = Process.GetCurrentProcess();
            return string.Join('\n',
                $"rooms {rooms}, players per room {playersPerRoom}, messages per room {messagesPerRoom} (each persisted before it is acknowledged)",
                $"delivered {delivered} of {expected} message copies (every player, every message)",
                $"sent {rooms * messagesPerRoom} messages in {sendSeconds:F2} s: {rooms * messagesPerRoom / sendSeconds:F0} acknowledged messages/s; {delivered / totalSeconds:F0} deliveries/s",
                $"fan-out latency, send to receipt: p50 {Percentile(latencies, 0.50):F2} ms, p95 {Percentile(latencies, 0.95):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms",
                $"managed heap {memoryBefore / 1048576.0:F1} MB before, {memoryAfter / 1048576.0:F1} MB after; process working set {self.WorkingSet64 / 1048576.0:F0} MB");
        }
        finally
        {
            foreach (var p in all)
            {
                await p.DisposeAsync();
            }

            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    private static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
