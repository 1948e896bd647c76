using System.Diagnostics;
using System.Text.Json;
using TeamDrill.LoadTest.Clients;
using TeamDrill.LoadTest.Measurement;

namespace TeamDrill.LoadTest.Worker;

/// <summary>
/// One client process: signs in and connects its rooms' players, sets the rooms up, says READY,
/// runs the open-loop schedule from GO, waits out the grace period for late deliveries, and prints
/// its result. A room's 8 members all live here, so one Stopwatch times each message end to end.
/// </summary>
public sealed class WorkerRun(WorkerOptions options)
{
    private const int MembersPerRoom = 8;

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var link = new CoordinatorLink();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, link.CoordinatorGone);
        var ct = stop.Token;
        var failures = new FailureTally();
        var warmupPerRoom = options.Workload.MessagesPerRoom(options.WarmupSeconds);
        var messagesPerRoom = warmupPerRoom + options.Workload.MessagesPerRoom(options.Seconds);
        var setupClock = Stopwatch.StartNew();
        using var pool = new PlayerPool(options.ServerUrl, options.SetupParallel);

        var names = Enumerable.Range(0, options.RoomCount * MembersPerRoom)
            .Select(i => $"w{options.WorkerId}r{options.FirstRoom + (i / MembersPerRoom)}p{i % MembersPerRoom}")
            .ToList();
        var players = await pool.SignInAsync(names, "players", ct);
        var rooms = Enumerable.Range(0, options.RoomCount)
            .Select(r => new LoadRoom(
                options.WorkerId, options.FirstRoom + r, players[(r * MembersPerRoom)..((r + 1) * MembersPerRoom)], messagesPerRoom, failures))
            .ToList();
        var seatOf = rooms
            .SelectMany(room => room.Members.Select((player, member) => (player, room, member)))
            .ToDictionary(s => s.player, s => (s.room, s.member));

        try
        {
            await pool.ConnectAsync(players, (player, _, events) =>
            {
                var (room, member) = seatOf[player];
                room.OnEvents(member, events);
            }, "players", ct);
            await SetUpRoomsAsync(rooms, ct);
            var setupSeconds = setupClock.Elapsed.TotalSeconds;

            CoordinatorLink.Say(CoordinatorLink.Ready);
            await link.GoReceived.WaitAsync(ct);
            var start = Stopwatch.GetTimestamp();
            var windowEnd = start + ((options.WarmupSeconds + options.Seconds) * Stopwatch.Frequency);
            var scheduler = new SendScheduler(rooms, options.Workload, options.TotalRooms, messagesPerRoom);
            await scheduler.RunAsync(start, ct);
            await WaitForStragglersAsync(rooms, ct);

            var totals = new WorkerTotals();
            foreach (var room in rooms)
            {
                room.AddTo(totals, warmupPerRoom, messagesPerRoom, windowEnd);
            }

            var closed = players.Sum(p => (long)p.ClosedUnasked);
            var result = totals.ToResult(options.WorkerId, rooms.Count, players.Length, setupSeconds, closed, failures);
            CoordinatorLink.Say(CoordinatorLink.ResultPrefix + JsonSerializer.Serialize(result, WorkerResult.Json));
            await link.ByeReceived.WaitAsync(cancellationToken);
            return 0;
        }
        finally
        {
            // Closing thousands of connections politely takes a while and measures nothing: give it
            // a few seconds, then let process exit drop the rest.
            try
            {
                await pool.DisconnectAsync(players, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
            }
            catch (TimeoutException)
            {
            }
        }
    }

    /// <summary>Sets rooms up several at a time; within a room the steps go in order, as a host's would.</summary>
    private async Task SetUpRoomsAsync(IReadOnlyList<LoadRoom> rooms, CancellationToken ct)
    {
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            rooms,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.SetupParallel / 2), CancellationToken = ct },
            async (room, token) =>
            {
                room.Code = await DrillRoomSetup.CreateAndStartAsync(room.Members, greetings: 2, token);
                var count = Interlocked.Increment(ref done);
                if (count == rooms.Count || (rooms.Count >= 100 && count % (rooms.Count / 10) == 0))
                {
                    Console.Error.WriteLine($"  {count}/{rooms.Count} rooms started ({clock.Elapsed.TotalSeconds:F1} s)");
                }
            });
    }

    /// <summary>After the last send: wait until every message is delivered to everyone or failed, or the grace period ends.</summary>
    private async Task WaitForStragglersAsync(IReadOnlyList<LoadRoom> rooms, CancellationToken ct)
    {
        var graceEnd = Stopwatch.GetTimestamp() + (options.GraceSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < graceEnd && !rooms.All(r => r.IsSettled()))
        {
            await Task.Delay(100, ct);
        }
    }
}
