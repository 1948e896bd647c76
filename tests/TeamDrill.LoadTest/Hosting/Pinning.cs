using System.Diagnostics;

namespace TeamDrill.LoadTest.Hosting;

/// <summary>
/// Which cores the server and the clients may use, applied with <c>taskset</c> (util-linux): a child
/// is started as <c>taskset -c CORES dotnet ...</c>, which sets the affinity and then execs, so the
/// process id stays the one the tool measures. Null cores mean "not pinned".
/// </summary>
public sealed record Pinning(CoreList? ServerCores, CoreList? ClientCores)
{
    public static Pinning None { get; } = new(null, null);

    public bool IsOn => ServerCores is not null || ClientCores is not null;

    /// <summary>The path of taskset, or null when it is not installed.</summary>
    public static string? FindTaskset() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "taskset"))
            .FirstOrDefault(File.Exists);

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="args"/>, under taskset when <paramref name="cores"/> is set.</summary>
    public static ProcessStartInfo StartInfo(CoreList? cores, string fileName, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(cores is null ? fileName : "taskset") { UseShellExecute = false };
        if (cores is not null)
        {
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(cores.Text);
            info.ArgumentList.Add(fileName);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    /// <summary>
    /// Moves every thread of this process onto <paramref name="cores"/> (<c>taskset -a -p</c>), for the
    /// runs whose clients live in the coordinator itself; threads started later inherit it.
    /// </summary>
    public static void PinThisProcess(CoreList cores)
    {
        var info = StartInfo(null, "taskset", ["-a", "-c", "-p", cores.Text, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        info.RedirectStandardOutput = true;
        using var taskset = Process.Start(info) ?? throw new InvalidOperationException("Could not start taskset.");
        taskset.StandardOutput.ReadToEnd();
        taskset.WaitForExit();
        if (taskset.ExitCode != 0)
        {
            throw new InvalidOperationException($"taskset could not pin this process to cores {cores} (exit {taskset.ExitCode}).");
        }
    }
}
