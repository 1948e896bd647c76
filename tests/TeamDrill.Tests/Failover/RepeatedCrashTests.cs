using System.Diagnostics;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;
using Xunit.Abstractions;

namespace TeamDrill.Tests.Failover;

[Collection(ServerCollection.Name)]
public sealed class RepeatedCrashTests(ITestOutputHelper output)
{
    private const int Kills = 20;
    private const int Rooms = 4;
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task a_server_killed_twenty_times_under_load_loses_and_repeats_no_acknowledged_message()
    {
        // Printed, so a failing run can be tried again with the same kill moments (TEAMDRILL_KILL_SEED=...).
        var seed = int.TryParse(Environment.GetEnvironmentVariable("TEAMDRILL_KILL_SEED"), out var given) ? given : Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");
        using var data = new TempFolder();
        var server = await StartServerAsync(data.Path);
        var edges = new EdgeAddresses(server.Url);
        var drills = new List<FailoverDrill>();
        var senders = new List<ChatSender>();
        var clock = Stopwatch.StartNew();
        try
        {
            for (var room = 1; room <= Rooms; room++)
            {
                var drill = await FailoverDrill.StartAsync(edges, [server.Url, server.Url, server.Url, server.Url], namePrefix: $"R{room}");
                drills.Add(drill);
                senders.Add(new ChatSender(drill.Customer, drill.Code, $"r{room}-customer", Pace));
                senders.Add(new ChatSender(drill.Agent, drill.Code, $"r{room}-agent", Pace));
            }

            foreach (var sender in senders)
            {
                sender.Start();
            }

            var restarts = new List<TimeSpan>();
            for (var kill = 1; kill <= Kills; kill++)
            {
                // A varying moment: from right after the restart (clients still reconnecting) to a dozen messages in.
                var since = DateTime.UtcNow;
                var wanted = random.Next(0, 13);
                await Poll.UntilAsync(
                    () => senders.Sum(s => s.AcknowledgedSince(since)) >= wanted,
                    Patience,
                    $"{wanted} messages to get through after restart {kill - 1}",
                    () => Describe(drills, senders));
                await Task.Delay(random.Next(0, 100)); // and anywhere within a write
                server.KillHard();
                await server.DisposeAsync();
                var restart = Stopwatch.StartNew();
                server = await StartServerAsync(data.Path);
                restarts.Add(restart.Elapsed);
                edges.Set(server.Url);
            }

            var lastStart = DateTime.UtcNow;
            await Poll.UntilAsync(
                () => senders.All(s => s.AcknowledgedSince(lastStart) >= 3),
                Patience,
                "every sender to get 3 messages through after the last restart",
                () => Describe(drills, senders));
            foreach (var sender in senders)
            {
                await sender.StopAsync();
            }

            var problems = new List<string>();
            var (acknowledged, missing, duplicated) = (0, 0, 0);
            foreach (var drill in drills)
            {
                var (debrief, stuck) = await drill.FinishAsync();
                if (stuck is not null)
                {
                    problems.Add(stuck);
                }

                var roomSenders = senders.Where(s => drill.Everyone.Contains(s.Player)).ToList();
                var count = DeliveryAudit.Count(debrief.Transcript, roomSenders);
                (acknowledged, missing, duplicated) = (acknowledged + count.Acknowledged, missing + count.Missing, duplicated + count.Duplicated);
                problems.AddRange(DeliveryAudit.TranscriptProblems(debrief.Transcript, roomSenders));
                problems.AddRange(DeliveryAudit.ViewProblems(drill.Code, debrief.Transcript, drill.Everyone));
            }

            var players = drills.SelectMany(d => d.Everyone.Select(p => (Drill: d, Player: p))).ToList();
            output.WriteLine(
                $"{Kills} kills in {clock.Elapsed.TotalSeconds:0} s (restarts took {restarts.Average(r => r.TotalSeconds):0.0} s on average); " +
                $"{acknowledged} messages acknowledged: {missing} missing, {duplicated} duplicated; {senders.Sum(s => s.Unacknowledged.Count)} sends failed; " +
                $"{players.Sum(p => p.Player.Reconnects)} reconnects, {players.Sum(p => p.Player.Read(p.Drill.Code, v => v.ResyncSnapshots))} resyncs answered with a snapshot, " +
                $"{players.Sum(p => p.Player.Read(p.Drill.Code, v => v.OverlapDropped))} repeated pushes dropped after a resync; " +
                $"{players.Sum(p => p.Player.ProblemsIn(p.Drill.Code).Count)} sequence problems seen by clients");
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)) + $"\n({problems.Count} problems)\n" + Describe(drills, senders));
        }
        catch
        {
            output.WriteLine($"----- the last server -----\n{server.Output}");
            throw;
        }
        finally
        {
            foreach (var sender in senders)
            {
                await sender.StopAsync();
            }

            foreach (var drill in drills)
            {
                await drill.DisposeAsync();
            }

            await server.DisposeAsync();
        }
    }

    private static Task<ServerProcess> StartServerAsync(string data) =>
        ServerProcess.StartAsync(data, "--call-time-limit", "02:00:00");

    private static string Describe(IEnumerable<FailoverDrill> drills, IEnumerable<ChatSender> senders) =>
        string.Join("\n", senders.Select(s => $"{s.Prefix}: {s.AcknowledgedCount} acknowledged, {s.Unacknowledged.Count} failed")) + "\n" +
        string.Join("\n", drills.Select(d => d.Describe()));
}
