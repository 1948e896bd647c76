using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.LoadTest.Cli;
using TeamDrill.LoadTest.Clients;
using TeamDrill.LoadTest.Hosting;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.LoadTest.Coordinator;

/// <summary>
/// One room of 8 and one drill, the customer and the agent alternating, each send awaited before the
/// next (closed loop): how a send's time and the bytes written per action grow with the room's length.
/// </summary>
public sealed class GrowthRun(RunOptions options)
{
    private const int Window = 100;
    private const int WarmupSends = 100;
    private static readonly int[] Marks = [100, 1_000, 5_000];

    /// <summary>
    /// A closed loop sends as fast as the server answers, far past the default 20 calls a second per
    /// connection; the limiter would refuse most sends. This run measures the room, not the limiter.
    /// </summary>
    private static readonly Dictionary<string, string> NoRateLimit = new() { ["TeamDrill__CallsPerSecond"] = "10000" };

    public async Task<GrowthReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var server = await options.OpenServerAsync(cancellationToken, NoRateLimit);
        using var pool = new PlayerPool(server.Url, 8);
        var players = await pool.SignInAsync([.. Enumerable.Range(0, 8).Select(i => $"growth-p{i}")], "players", cancellationToken);
        var received = new int[players.Length];
        try
        {
            await pool.ConnectAsync(players, (player, _, events) => CountTimed(received, Array.IndexOf(players, player), events), "players", cancellationToken);
            // A throwaway room takes the first sends, compiling the send path, so the measured room
            // starts warm and holds exactly the messages counted.
            Console.Error.WriteLine($"warming up in a throwaway room ({WarmupSends} sends)...");
            await DrillRoomSetup.CreateAndStartAsync(players, WarmupSends, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var code = await DrillRoomSetup.CreateAndStartAsync(players, greetings: 0, cancellationToken);
            var marks = Marks.Where(m => m <= options.Messages).Append(options.Messages).Distinct().ToList();
            var results = new List<GrowthMark>();
            var clock = Stopwatch.StartNew();
            (long Chars, long Bytes)? writtenBefore = null;
            var windowMs = new List<double>(Window);
            for (var number = 0; number < options.Messages; number++)
            {
                var count = number + 1;
                var mark = marks.FirstOrDefault(m => count > m - Window && count <= m);
                if (count == mark - Window + 1)
                {
                    windowMs.Clear();
                    writtenBefore = server.Probe?.WrittenBytes();
                }

                var fromCustomer = number % 2 == 0;
                var started = Stopwatch.GetTimestamp();
                await players[fromCustomer ? 0 : 1].Hub.InvokeAsync(
                    nameof(IDrillHub.SendMessage), code, ChatLines.Text($"g-{number}", fromCustomer, number), cancellationToken);
                windowMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (count == mark)
                {
                    results.Add(Measure(mark, windowMs, writtenBefore, server.Probe?.WrittenBytes()));
                }

                if (count % 500 == 0)
                {
                    Console.Error.WriteLine($"  {count}/{options.Messages} sent, last send {windowMs[^1]:F2} ms");
                }
            }

            var sendSeconds = clock.Elapsed.TotalSeconds;
            await WaitForDeliveriesAsync(received, options.Messages, cancellationToken);
            return new GrowthReport
            {
                CommandLine = options.CommandLine,
                Server = server.Url,
                ServerPid = server.Probe?.Pid,
                Messages = options.Messages,
                SendSeconds = sendSeconds,
                Deliveries = received.Sum(),
                ExpectedDeliveries = (long)options.Messages * players.Length,
                Marks = results,
                DataFolderBytes = server.DataFolderBytes(),
                ServerRssAtEndMb = ServerSnapshot.Megabytes(ServerSnapshot.Take(server.Probe)),
            };
        }
        finally
        {
            await pool.DisconnectAsync(players, CancellationToken.None);
        }
    }

    private static GrowthMark Measure(int mark, List<double> sendMs, (long Chars, long Bytes)? before, (long Chars, long Bytes)? after)
    {
        double? chars = before is { } b && after is { } a ? (a.Chars - b.Chars) / (double)sendMs.Count : null;
        double? bytes = before is { } b2 && after is { } a2 && a2.Bytes > 0 ? (a2.Bytes - b2.Bytes) / (double)sendMs.Count : null;
        return new GrowthMark(mark, sendMs.Average(), sendMs.Max(), chars, bytes);
    }

    private static void CountTimed(int[] received, int member, RoomEvent[] events)
    {
        foreach (var e in events)
        {
            if (e is MessagePosted posted && !ChatLines.TagOf(posted.Message.Text).IsEmpty)
            {
                Interlocked.Increment(ref received[member]);
            }
        }
    }

    private static async Task WaitForDeliveriesAsync(int[] received, int messages, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (Enumerable.Range(0, received.Length).Any(i => Volatile.Read(ref received[i]) < messages) && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100, ct);
        }
    }
}
