using System.Diagnostics;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>Waits for a condition by polling it, never by sleeping a fixed time and hoping.</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Returns how long it took; throws a <see cref="TimeoutException"/> naming <paramref name="what"/> (and the state, if given).</summary>
    public static Task<TimeSpan> UntilAsync(Func<bool> condition, TimeSpan timeout, string what, Func<string>? state = null, TimeSpan? interval = null) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, what, state, interval);

    /// <summary>The same for a condition that has to ask over the network.</summary>
    public static async Task<TimeSpan> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<string>? state = null, TimeSpan? interval = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}." + (state is null ? "" : $" {state()}"));
            }

            await Task.Delay(interval ?? Interval);
        }

        return clock.Elapsed;
    }

    /// <summary>Tries <paramref name="action"/> until it succeeds; returns how long that took.</summary>
    public static async Task<TimeSpan> UntilSucceedsAsync(Func<Task> action, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await action();
                return clock.Elapsed;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                if (clock.Elapsed > timeout)
                {
                    throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}; the last attempt failed: {exception.Message}", exception);
                }
            }

            await Task.Delay(Interval * 4);
        }
    }
}
