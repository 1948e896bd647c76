using System.Diagnostics;

namespace TeamDrill.LoadTest.Worker;

/// <summary>
/// The open-loop schedule: one thread walks every send of every room in time order and issues each
/// when it is due, whether or not earlier sends were answered, so a slow server cannot slow the
/// offered load (no coordinated omission). One thread for all rooms keeps 1,000 rooms cheap.
/// </summary>
public sealed class SendScheduler(IReadOnlyList<LoadRoom> roomsInOffsetOrder, Workload workload, int totalRooms, int messagesPerRoom)
{
    public Task RunAsync(long startTimestamp, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Run(startTimestamp, cancellationToken);
                done.SetResult();
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "send scheduler",
        };
        thread.Start();
        return done.Task;
    }

    private void Run(long start, CancellationToken cancellationToken)
    {
        PreciseSleep.TightenTimerSlackForThisThread();
        // Rooms are ordered by offset and every offset lies within one interval, so "message n of
        // every room, then message n + 1 of every room" is time order.
        for (var number = 0; number < messagesPerRoom; number++)
        {
            foreach (var room in roomsInOffsetOrder)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return;
                }

                var due = start + workload.DueTicks(room.GlobalIndex, totalRooms, number);
                var now = WaitUntil(due);
                room.Send(number, due, now);
            }
        }
    }

    private static long WaitUntil(long due)
    {
        while (true)
        {
            var now = Stopwatch.GetTimestamp();
            if (now >= due)
            {
                return now;
            }

            PreciseSleep.Microseconds((long)((due - now) * 1_000_000.0 / Stopwatch.Frequency));
        }
    }
}
