using System.Runtime.InteropServices;

namespace TeamDrill.LoadTest.Worker;

/// <summary>
/// Sleeps with microsecond resolution on Linux. Thread.Sleep and Task.Delay round to whole
/// milliseconds (Task.Delay often oversleeps by one more), which at light load would add about a
/// millisecond of the tool's own lateness to a fan-out that itself takes about one; spinning instead
/// would burn the client core the run is measuring with.
/// </summary>
public static partial class PreciseSleep
{
    private const int PrSetTimerSlack = 29;

    /// <summary>
    /// Asks the kernel to wake this thread within 1 µs of its deadline instead of the default 50 µs.
    /// Best effort: the schedule's lag figure shows what was actually achieved.
    /// </summary>
    public static void TightenTimerSlackForThisThread()
    {
        try
        {
            _ = Prctl(PrSetTimerSlack, 1, 0, 0, 0);
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }
    }

    public static void Microseconds(long microseconds)
    {
        if (microseconds <= 0)
        {
            return;
        }

        // usleep takes at most a second; the caller's loop sleeps again if more is left.
        _ = Usleep((uint)Math.Min(microseconds, 999_999));
    }

    [LibraryImport("libc", EntryPoint = "usleep")]
    private static partial int Usleep(uint microseconds);

    [LibraryImport("libc", EntryPoint = "prctl")]
    private static partial int Prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);
}
