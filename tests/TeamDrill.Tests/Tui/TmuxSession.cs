using System.Diagnostics;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Tui;

/// <summary>
/// A program running in a detached tmux session on its own server socket (<c>tmux -L td-GUID</c>), so
/// tests never touch anyone's tmux: type with send-keys, read the screen with capture-pane.
/// </summary>
internal sealed class TmuxSession : IDisposable
{
    private readonly string _socket = "td-" + Guid.NewGuid().ToString("N");

    private TmuxSession()
    {
    }

    public static bool IsInstalled
    {
        get
        {
            try
            {
                return Run(["-V"], check: false).ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }

    public static TmuxSession Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] command)
    {
        var session = new TmuxSession();
        var args = new List<string> { "-L", session._socket, "new-session", "-d", "-s", "td", "-x", "80", "-y", "24", "-c", workingDirectory };
        foreach (var (name, value) in environment)
        {
            args.AddRange(["-e", $"{name}={value}"]);
        }

        args.AddRange(command);
        Run(args);
        Run(["-L", session._socket, "set-option", "-t", "td", "remain-on-exit", "on"], check: false);
        return session;
    }

    /// <summary>Types text literally (send-keys -l).</summary>
    public void Type(string text) => Run(["-L", _socket, "send-keys", "-t", "td", "-l", text]);

    /// <summary>Presses named keys: Enter, Escape, F3, Tab...</summary>
    public void Press(params string[] keys) => Run(["-L", _socket, "send-keys", "-t", "td", .. keys]);

    public string Capture() => Run(["-L", _socket, "capture-pane", "-p", "-t", "td"], check: false).Output;

    /// <summary>Polls the pane until every text is on it; fails with the last capture.</summary>
    public async Task<string> WaitForAsync(params string[] texts) => await WaitForAsync(30, texts);

    public async Task<string> WaitForAsync(int timeoutSeconds, params string[] texts)
    {
        var pane = "";
        await Poll.UntilAsync(
            () => texts.All((pane = Capture()).Contains),
            TimeSpan.FromSeconds(timeoutSeconds),
            $"the pane to show [{string.Join(", ", texts)}]",
            () => $"Last capture:\n{pane}",
            interval: TimeSpan.FromMilliseconds(100));
        return pane;
    }

    public void Dispose() => Run(["-L", _socket, "kill-server"], check: false);

    private static (int ExitCode, string Output) Run(IEnumerable<string> args, bool check = true)
    {
        var info = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };

        // The first command starts the tmux server, whose environment every program in it inherits: the
        // headless switch this test assembly sets for itself would make the client draw nothing.
        info.Environment.Remove("DisableRealDriverIO");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', info.ArgumentList)} failed ({process.ExitCode}): {error}");
        }

        return (process.ExitCode, output);
    }
}
