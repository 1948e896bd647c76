using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// A real redis-server on a free loopback port, stopped on dispose. Without persistence by default;
/// <see cref="StartPersistentAsync"/> keeps an append-only file (fsync on every write) in a temp folder,
/// so <see cref="StopAsync"/> then <see cref="StartAgainAsync"/> on the same port keeps the data, as a
/// real deployment's restart would.
/// </summary>
public sealed class RedisInstance : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly string _binary;
    private readonly TempFolder? _dataFolder;
    private Process? _process;

    private RedisInstance(string binary, int port, TempFolder? dataFolder)
    {
        _binary = binary;
        Port = port;
        _dataFolder = dataFolder;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    public static Task<RedisInstance> StartAsync() => StartAsync(persistent: false);

    /// <summary>With an append-only file, so a restart keeps the membership table.</summary>
    public static Task<RedisInstance> StartPersistentAsync() => StartAsync(persistent: true);

    /// <summary>Shuts the server down cleanly (SHUTDOWN: the append-only file is flushed) and waits for the process to end.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("SHUTDOWN\r\n"));
        }
        catch (SocketException)
        {
        }

        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Starts the server again on the same port (and the same data, when persistent).</summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("redis-server is still running.");
        }

        _process?.Dispose();
        await LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _dataFolder?.Dispose();
    }

    private static async Task<RedisInstance> StartAsync(bool persistent)
    {
        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed: apt-get install -y redis-server (.ci/run does this).");
        var instance = new RedisInstance(binary, FreePorts.Next(), persistent ? new TempFolder("teamdrill-redis") : null);
        try
        {
            await instance.LaunchAsync();
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    private async Task LaunchAsync()
    {
        var info = new ProcessStartInfo(_binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] persistence = _dataFolder is null
            ? ["--save", "", "--appendonly", "no"]
            : ["--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir", _dataFolder.Path];
        foreach (var arg in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--daemonize", "no" }.Concat(persistence))
        {
            info.ArgumentList.Add(arg);
        }

        var output = new StringBuilder();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (await AnswersPingAsync())
            {
                return;
            }

            await Task.Delay(50);
        }

        string log;
        lock (output)
        {
            log = output.ToString();
        }

        throw new TimeoutException($"redis-server did not answer on {Port} within {StartTimeout.TotalSeconds} s:\n{log}");
    }

    // A persistent server accepts connections before it has loaded its file ("-LOADING"): wait for PONG.
    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("PING\r\n"));
            var buffer = new byte[64];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
