using System.Diagnostics;
using System.Globalization;
using TeamDrill.LoadTest.Measurement;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.LoadTest.Hosting;

/// <summary>
/// The server being measured: either the built <c>teamdrill-server.dll</c> started here as a child
/// process (killed and its temp data folder deleted on dispose), or one already running at a URL.
/// </summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private const int TailLines = 200;

    private readonly Process? _process;
    private readonly Queue<string> _outputTail = new();

    private ServerUnderTest(string url, Process? process, ProcessProbe? probe, string? dataFolder)
    {
        Url = url;
        _process = process;
        Probe = probe;
        DataFolder = dataFolder;
    }

    public string Url { get; }

    /// <summary>The server's process, for CPU, RSS and I/O; null for a remote server without <c>--server-pid</c>.</summary>
    public ProcessProbe? Probe { get; }

    /// <summary>The temp data folder of a server started here; null for one already running.</summary>
    public string? DataFolder { get; }

    public static async Task<ServerUnderTest> UseRunningAsync(string url, int? pid, CancellationToken cancellationToken)
    {
        var server = new ServerUnderTest(url.TrimEnd('/'), null, pid is { } p ? new ProcessProbe(p) : null, null);
        await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(10), cancellationToken);
        return server;
    }

    /// <summary>
    /// Starts the server on free loopback ports with a fresh data folder and waits for <c>/healthz</c>.
    /// A port picked as free can be taken before the server binds it; then it tries again with new ones.
    /// </summary>
    public static async Task<ServerUnderTest> StartAsync(
        CoreList? cores, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var server = StartOnce(cores, environment);
            try
            {
                await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90), cancellationToken);
                return server;
            }
            catch (InvalidOperationException ex) when (attempt < 3 && ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Fails the run if a server started here has died.</summary>
    public void ThrowIfExited()
    {
        if (_process is { HasExited: true })
        {
            throw new InvalidOperationException($"The server exited with code {_process.ExitCode}:\n{OutputTail()}");
        }
    }

    /// <summary>Bytes in the data folder (the SQLite database and its WAL), or null for a server not started here.</summary>
    public long? DataFolderBytes() =>
        DataFolder is null || !Directory.Exists(DataFolder)
            ? null
            : new DirectoryInfo(DataFolder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            ChildProcesses.Kill(_process);
            _process.Dispose();
        }

        if (DataFolder is not null)
        {
            // The killed server may hold the files for a moment after it is reaped.
            for (var attempt = 0; attempt < 5 && Directory.Exists(DataFolder); attempt++)
            {
                try
                {
                    Directory.Delete(DataFolder, recursive: true);
                }
                catch (IOException)
                {
                    await Task.Delay(200);
                }
            }
        }
    }

    private static ServerUnderTest StartOnce(CoreList? cores, IReadOnlyDictionary<string, string> environment)
    {
        var url = $"http://127.0.0.1:{FreePorts.Next()}";
        var data = Path.Combine(Path.GetTempPath(), "teamdrill-load-" + Guid.NewGuid().ToString("N"));
        string[] args =
        [
            RepoPaths.ServerDll, "--listen", url, "--data", data, "--content", RepoPaths.Content(),
            "--silo-port", Port(), "--gateway-port", Port(),
            "--max-room-members", "8", "--call-time-limit", "02:00:00",
            // Every simulated player signs in from this one address.
            "--sign-ins-per-address-per-minute", "100000",
        ];
        var info = Pinning.StartInfo(cores, "dotnet", args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        info.WorkingDirectory = AppContext.BaseDirectory;
        // Information logging per request would cost the server CPU the run then charges to messages.
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = ChildProcesses.Start(info);
        var server = new ServerUnderTest(url, process, new ProcessProbe(process.Id), data);
        process.OutputDataReceived += (_, e) => server.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnOutput(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private static string Port() => FreePorts.Next().ToString(CultureInfo.InvariantCulture);

    private async Task WaitUntilHealthyAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            ThrowIfExited();
            try
            {
                if ((await http.GetAsync(Url + EdgeRoutes.Health, cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The server at {Url} did not answer {EdgeRoutes.Health} with 200 within {limit.TotalSeconds:F0} s.\n{OutputTail()}");
    }

    /// <summary>Server output (warnings and errors at this log level) goes to stderr as it comes, and a tail is kept for errors.</summary>
    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        Console.Error.WriteLine("[server] " + line);
        lock (_outputTail)
        {
            _outputTail.Enqueue(line);
            if (_outputTail.Count > TailLines)
            {
                _outputTail.Dequeue();
            }
        }
    }

    private string OutputTail()
    {
        lock (_outputTail)
        {
            return string.Join('\n', _outputTail);
        }
    }
}
