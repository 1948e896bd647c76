using System.Diagnostics;

namespace TeamDrill.LoadTest.Hosting;

/// <summary>
/// Every process this tool starts (the server, the workers). Each owner kills its own in a
/// <c>finally</c>; this list is the backstop for the paths that skip it: Ctrl+C past the grace
/// System.CommandLine allows, or an exception nobody caught. A child must never outlive the run.
/// </summary>
public static class ChildProcesses
{
    private static readonly List<Process> Running = [];

    static ChildProcesses()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
    }

    public static Process Start(ProcessStartInfo info)
    {
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        lock (Running)
        {
            Running.Add(process);
        }

        return process;
    }

    /// <summary>Kills the process (and anything it started) if it still runs, and waits for it.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        lock (Running)
        {
            Running.Remove(process);
        }
    }

    private static void KillAll()
    {
        Process[] left;
        lock (Running)
        {
            left = [.. Running];
        }

        foreach (var process in left)
        {
            Kill(process);
        }
    }
}
