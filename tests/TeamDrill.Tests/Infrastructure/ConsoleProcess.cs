using System.Diagnostics;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// The real <c>teamdrill console</c> process, typed into through stdin and read line by line from
/// stdout, as a script or a screen reader would use it.
/// </summary>
public sealed class ConsoleProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly SemaphoreSlim _changed = new(0);

    private ConsoleProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Add(e.Data);
            }

            _changed.Release();
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public string Transcript => string.Join('\n', Lines);

    public static ConsoleProcess Start(string configHome, params string[] args) =>
        Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "teamdrill.dll"), .. args], configHome);

    /// <summary>A published <c>teamdrill</c> executable (build/publish.sh) rather than the test build.</summary>
    public static ConsoleProcess StartExecutable(string executable, string configHome, params string[] args) =>
        Start(executable, args, configHome);

    private static ConsoleProcess Start(string program, string[] args, string configHome)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["XDG_CONFIG_HOME"] = configHome;
        info.Environment["NO_COLOR"] = "1";
        return new ConsoleProcess(Process.Start(info)!);
    }

    public async Task TypeAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Waits for a line that contains <paramref name="text"/> and returns it.</summary>
    public async Task<string> WaitForLine(string text, TimeSpan? timeout = null) =>
        await WaitFor(l => l.Contains(text, StringComparison.Ordinal), $"a line with '{text}'", timeout);

    public async Task<string> WaitFor(Func<string, bool> match, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = Lines.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || _process.HasExited && !await _changed.WaitAsync(100))
            {
                throw new TimeoutException($"No {what}; the client printed:\n{Transcript}");
            }

            await _changed.WaitAsync(left < TimeSpan.FromMilliseconds(500) ? left : TimeSpan.FromMilliseconds(500));
        }
    }

    public async Task<int> QuitAsync()
    {
        await TypeAsync("/quit");
        _process.StandardInput.Close();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
