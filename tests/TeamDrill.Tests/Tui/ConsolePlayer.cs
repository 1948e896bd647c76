using System.Diagnostics;
using TeamDrill.Tests.Infrastructure;
using System.Text;

namespace TeamDrill.Tests.Tui;

/// <summary>
/// <c>teamdrill console</c> as a child process: lines go to its stdin, its stdout is kept so a test can
/// wait for a line (polling, with a deadline) the way a person would wait to read it.
/// </summary>
internal sealed class ConsolePlayer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ConsolePlayer(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data is null ? null : "stderr: " + e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ConsolePlayer Start(string url, string name, string configHome, params string[] extraArgs)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "teamdrill.dll"), "console", "--server", url, "--name", name }.Concat(extraArgs))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["XDG_CONFIG_HOME"] = configHome;
        return new ConsolePlayer(Process.Start(info)!);
    }

    public async Task SayAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; fails with everything printed so far.</summary>
    public async Task<string> WaitForAsync(string text, int timeoutSeconds = 30)
    {
        await Poll.UntilAsync(
            () => Output.Contains(text, StringComparison.Ordinal) || _process.HasExited,
            TimeSpan.FromSeconds(timeoutSeconds),
            $"the console player to print '{text}'",
            () => $"Output:\n{Output}");
        var output = Output;
        return output.Contains(text, StringComparison.Ordinal)
            ? output
            : throw new InvalidOperationException($"the console player ended without printing '{text}'. Output:\n{output}");
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

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
