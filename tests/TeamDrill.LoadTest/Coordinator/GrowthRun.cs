using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
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
            var sendMs = new double[options.Messages];
            // The server's write counters after this many sends: the start and end of each mark's window.
            var written = new Dictionary<int, (long Chars, long Bytes)>();
            var readWrittenAt = marks.SelectMany(m => new[] { m - Window, m }).ToHashSet();
            var clock = Stopwatch.StartNew();
            for (var number = 0; number < options.Messages; number++)
            {
                if (readWrittenAt.Contains(number) && server.Probe is { } before)
                {
                    written[number] = before.WrittenBytes();
                }

                var fromCustomer = number % 2 == 0;
                var started = Stopwatch.GetTimestamp();
                await players[fromCustomer ? 0 : 1].Hub.InvokeAsync(
                    nameof(IDrillHub.SendMessage), code, ChatLines.Text($"g-{number}", fromCustomer, number), ActionIds.New(), cancellationToken);
                sendMs[number] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if ((number + 1) % 500 == 0)
                {
                    Console.Error.WriteLine($"  {number + 1}/{options.Messages} sent, last send {sendMs[number]:F2} ms");
                }
            }

            if (server.Probe is { } after)
            {
                written[options.Messages] = after.WrittenBytes();
            }

            var sendSeconds = clock.Elapsed.TotalSeconds;
            var results = marks.Select(m => Measure(m, sendMs[(m - Window)..m], written)).ToList();
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
        catch (HubException ex) when (ex.Message.StartsWith("Too many requests", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                "The server's rate limit refused a send: a closed loop needs it raised. Start the server with "
                + "TeamDrill__CallsPerSecond=10000 in its environment (this tool does that for a server it starts).", ex);
        }
        finally
        {
            await pool.DisconnectAsync(players, CancellationToken.None);
        }
    }

    /// <summary>The mark's figures over its window of sends; bytes need the counters from both ends of it.</summary>
    private static GrowthMark Measure(int mark, double[] windowMs, Dictionary<int, (long Chars, long Bytes)> written)
    {
        var start = mark - windowMs.Length;
        if (!written.TryGetValue(start, out var before) || !written.TryGetValue(mark, out var after))
        {
            return new GrowthMark(mark, windowMs.Average(), windowMs.Max(), null, null);
        }

        // write_bytes stays 0 where the kernel does not account block I/O per process (some containers).
        double? blockBytes = after.Bytes > 0 ? (after.Bytes - before.Bytes) / (double)windowMs.Length : null;
        return new GrowthMark(mark, windowMs.Average(), windowMs.Max(), (after.Chars - before.Chars) / (double)windowMs.Length, blockBytes);
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
