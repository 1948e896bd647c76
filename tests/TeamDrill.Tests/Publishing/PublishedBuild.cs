using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Publishing;

/// <summary>
/// build/publish.sh run once for the test class, for linux-x64 only (the client and the server), into
/// a folder of its own: the tests use what a facilitator would copy to a machine with no .NET SDK.
/// </summary>
public sealed partial class PublishedBuild : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(25);
    private readonly TempFolder _out = new("teamdrill-publish");

    /// <summary>What stands for the repository's <c>artifacts/</c> folder.</summary>
    public string Artifacts => _out.Path;

    public string Downloads => Path.Combine(Artifacts, "downloads");

    public string Client => Path.Combine(Downloads, "teamdrill-linux-x64");

    public string ServerFolder => Path.Combine(Artifacts, "server", "linux-x64");

    public string Server => Path.Combine(ServerFolder, "teamdrill-server");

    /// <summary>The one version number, as Directory.Build.props declares it.</summary>
    public static string DeclaredVersion { get; } =
        VersionElement().Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props"))).Groups[1].Value;

    public string Log { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(RepoPaths.Root, "build", "publish.sh"), "--out", Artifacts, "linux-x64" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"build/publish.sh did not finish within {Patience}:\n{Text(output)}");
        }

        Log = Text(output);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"build/publish.sh exited with {process.ExitCode}:\n{Log}");
        }
    }

    public Task DisposeAsync()
    {
        _out.Dispose();
        return Task.CompletedTask;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    [GeneratedRegex("<Version>([^<]+)</Version>")]
    private static partial Regex VersionElement();
}
