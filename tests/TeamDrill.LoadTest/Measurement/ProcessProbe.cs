using System.Diagnostics;
using System.Globalization;

namespace TeamDrill.LoadTest.Measurement;

/// <summary>
/// Reads another process's CPU time, resident memory and I/O counters from <c>/proc</c>: the figures
/// the report needs, taken from outside so the server is measured without changing it.
/// </summary>
public sealed class ProcessProbe(int pid)
{
    private static readonly Lazy<long> TicksPerSecond = new(ReadClockTicks);

    public int Pid { get; } = pid;

    public static long ClockTicksPerSecond => TicksPerSecond.Value;

    public bool IsAlive => Directory.Exists($"/proc/{Pid}");

    /// <summary>User plus system CPU time so far, in milliseconds (fields 14 and 15 of <c>/proc/PID/stat</c>).</summary>
    public double CpuMs()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000.0 / ClockTicksPerSecond;
    }

    /// <summary>Resident set size in bytes (<c>VmRSS</c> of <c>/proc/PID/status</c>).</summary>
    public long RssBytes() => StatusKilobytes("VmRSS:") * 1024;

    /// <summary>Bytes the process passed to write calls, and bytes it caused to reach the block layer.</summary>
    public (long WriteChars, long WriteBytes) WrittenBytes()
    {
        long wchar = 0, writeBytes = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/io"))
        {
            if (line.StartsWith("wchar:", StringComparison.Ordinal))
            {
                wchar = long.Parse(line.AsSpan(6).Trim(), CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("write_bytes:", StringComparison.Ordinal))
            {
                writeBytes = long.Parse(line.AsSpan(12).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return (wchar, writeBytes);
    }

    private long StatusKilobytes(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"/proc/{Pid}/status has no {field} line.");
    }

    /// <summary>The kernel's USER_HZ from <c>getconf CLK_TCK</c>; 100, the Linux value, if that cannot be run.</summary>
    private static long ReadClockTicks()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true, UseShellExecute = false });
            if (getconf is not null)
            {
                var text = getconf.StandardOutput.ReadToEnd().Trim();
                getconf.WaitForExit();
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks) && ticks > 0)
                {
                    return ticks;
                }
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }

        return 100;
    }
}
