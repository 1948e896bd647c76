using System.Diagnostics;
using System.Text;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>The built server binary as a separate process: for crash tests and end-to-end client tests.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, string url)
    {
        _process = process;
        Url = url;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Url { get; }

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

    /// <summary>Starts <c>teamdrill-server</c> on free ports and waits until <c>/healthz</c> answers.</summary>
    public static Task<ServerProcess> StartAsync(string dataDirectory, params string[] extraArgs) =>
        StartWithRetries(() =>
        {
            var ports = FreePorts.Next(2);
            return ["--data", dataDirectory, "--content", RepoPaths.Content,
                    "--silo-port", ports[0].ToString(), "--gateway-port", ports[1].ToString(), .. extraArgs];
        });

    /// <summary>
    /// Starts <c>teamdrill-server</c> again at the address a killed one listened on (<paramref name="url"/>), so
    /// clients that keep reconnecting to that address find it, with fresh cluster ports.
    /// </summary>
    public static async Task<ServerProcess> RestartAtAsync(string url, string dataDirectory)
    {
        var ports = FreePorts.Next(2);
        return await StartOnceAsync(
            ["--data", dataDirectory, "--content", RepoPaths.Content, "--silo-port", ports[0].ToString(), "--gateway-port", ports[1].ToString()], listen: url);
    }

    /// <summary>Starts <c>teamdrill-server</c> with exactly these flags plus a free <c>--listen</c> address.</summary>
    public static Task<ServerProcess> StartAsync(IEnumerable<string> args)
    {
        var fixedArgs = args.ToList();
        return StartWithRetries(() => fixedArgs);
    }

    /// <summary>Starts a published server executable (build/publish.sh) on free ports, with its own shipped content.</summary>
    public static Task<ServerProcess> StartPublishedAsync(string executable, string dataDirectory, params string[] extraArgs) =>
        StartWithRetries(
            () =>
            {
                var ports = FreePorts.Next(2);
                return ["--data", dataDirectory, "--silo-port", ports[0].ToString(), "--gateway-port", ports[1].ToString(), .. extraArgs];
            },
            executable);

    /// <summary>
    /// A free port can be taken by a test running alongside between the moment it is picked and the
    /// moment the server binds it; then the start is tried again with fresh ports.
    /// </summary>
    private static async Task<ServerProcess> StartWithRetries(Func<IEnumerable<string>> args, string? executable = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(args(), executable);
            }
            catch (InvalidOperationException ex) when (attempt < 4 && ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
            }
        }
    }

    private static async Task<ServerProcess> StartOnceAsync(IEnumerable<string> args, string? executable = null, string? listen = null)
    {
        var url = listen ?? $"http://127.0.0.1:{FreePorts.Next()}";
        var info = new ProcessStartInfo(executable ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // Failover tests read several processes' logs side by side: stamp every line.
        info.Environment["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ";
        info.Environment["Logging__Console__UseUtcTimestamp"] = "true";
        // Every test player signs in from loopback; a flag (as the limits tests pass) overrides this.
        info.Environment["TEAMDRILL__SIGNINSPERADDRESSPERMINUTE"] = "100000";
        if (executable is null)
        {
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "teamdrill-server.dll"));
        }

        foreach (var arg in new[] { "--listen", url }.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        var server = new ServerProcess(Process.Start(info)!, url);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>kill -9: no shutdown hooks, no flushing.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Asks the server to stop as Ctrl+C or a service manager would (SIGTERM) and waits for it to exit.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(patience.Token);
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

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await http.GetAsync(Url + "/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The server did not answer /healthz within 60 s:\n{Output}");
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
