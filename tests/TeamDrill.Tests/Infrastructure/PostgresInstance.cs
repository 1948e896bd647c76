using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL server for tests: initdb into a temp folder, listen on 127.0.0.1 on a free
/// port (unix socket in the same folder), stopped and deleted on dispose. Share one per collection:
/// <c>[Collection(PostgresInstance.CollectionName)]</c> and take it in the constructor; give each test
/// its own database with <see cref="CreateDatabaseAsync"/>. A test that stops and restarts the server
/// (<see cref="StopAsync"/>, <see cref="StartAgainAsync"/>) makes its own instance, never the shared one.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root, so under root the server runs as the <c>postgres</c> user (or
/// <c>nobody</c>) through <c>runuser</c>. Binaries: <c>$TEAMDRILL_PG_BIN</c>, else the newest
/// <c>/usr/lib/postgresql/*/bin</c>, else <c>PATH</c>. Missing binaries fail the tests, never skip them.
/// Durability is switched off (fsync=off): this server holds nothing worth keeping.
/// </remarks>
public sealed class PostgresInstance : IAsyncLifetime
{
    /// <summary>The xunit collection that shares one instance (defined by <c>PostgresCollection</c>).</summary>
    public const string CollectionName = "PostgreSQL server";

    private const string SuperUser = "teamdrill";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private string? _binDirectory;
    private string? _runAsUser;
    private string? _rootDirectory;
    private string? _dataDirectory;
    private bool _started;

    /// <summary>The TCP port the server listens on (127.0.0.1).</summary>
    public int Port { get; private set; }

    /// <summary>Folder of the server's unix socket.</summary>
    public string SocketDirectory { get; private set; } = "";

    /// <summary>Superuser connection string to the <c>postgres</c> database.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        Timeout = 5,
    }.ConnectionString;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = $"{new string(prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray())}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    public async Task InitializeAsync()
    {
        _binDirectory = FindBinDirectory();
        _runAsUser = Environment.IsPrivilegedProcess ? FindUnprivilegedUser() : null;

        // Under root the temp folder must be reachable by the unprivileged user: /tmp is.
        var tempRoot = Environment.IsPrivilegedProcess ? "/tmp" : Path.GetTempPath();
        _rootDirectory = Path.Combine(tempRoot, $"teamdrill-pg-{Guid.NewGuid():N}"[..24]);
        _dataDirectory = Path.Combine(_rootDirectory, "data");
        SocketDirectory = Path.Combine(_rootDirectory, "run");
        Directory.CreateDirectory(SocketDirectory);
        if (_runAsUser is not null)
        {
            await RunAsync("chown", ["-R", _runAsUser, _rootDirectory], asServerUser: false);
        }

        await RunAsync(Tool("initdb"),
            ["-D", _dataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"],
            asServerUser: true);
        await File.AppendAllTextAsync(Path.Combine(_dataDirectory, "postgresql.conf"),
            $"""

            # teamdrill test instance
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{SocketDirectory}'
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            """);

        // The free port can be taken between probing and binding: try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeTcpPort();
            var log = Path.Combine(_rootDirectory, $"postgres-{attempt}.log");
            await RunAsync(Tool("pg_ctl"), ["start", "-W", "-D", _dataDirectory, "-l", log, "-o", $"-p {Port}"], asServerUser: true);
            _started = true;
            var failure = await WaitUntilAcceptingAsync(log);
            if (failure is null)
            {
                return;
            }

            await StopServerAsync();
            if (attempt == 3 || !failure.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"PostgreSQL did not start on 127.0.0.1:{Port} (data {_dataDirectory}). Server log:\n{failure}");
            }
        }
    }

    /// <summary>
    /// Stops the server as an operator would (fast shutdown: clients are disconnected, data is kept);
    /// <see cref="StartAgainAsync"/> brings it back on the same port and data folder.
    /// </summary>
    public async Task StopAsync()
    {
        if (!_started)
        {
            throw new InvalidOperationException("PostgreSQL is not running.");
        }

        await RunAsync(Tool("pg_ctl"), ["stop", "-D", _dataDirectory!, "-m", "fast", "-t", "30"], asServerUser: true);
        _started = false;
    }

    /// <summary>Starts a stopped server again on the same port and data folder; fails if it does not come up.</summary>
    public async Task StartAgainAsync()
    {
        if (_started || _dataDirectory is null)
        {
            throw new InvalidOperationException("PostgreSQL is running already, or was never started.");
        }

        var log = Path.Combine(_rootDirectory!, $"postgres-again-{Guid.NewGuid():N}.log");
        await RunAsync(Tool("pg_ctl"), ["start", "-W", "-D", _dataDirectory, "-l", log, "-o", $"-p {Port}"], asServerUser: true);
        _started = true;
        var failure = await WaitUntilAcceptingAsync(log);
        if (failure is not null)
        {
            throw new InvalidOperationException(
                $"PostgreSQL did not start again on 127.0.0.1:{Port} (data {_dataDirectory}). Server log:\n{failure}");
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started)
        {
            await StopServerAsync();
        }

        if (_rootDirectory is not null && Directory.Exists(_rootDirectory))
        {
            try
            {
                Directory.Delete(_rootDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing the run for.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>Polls with Npgsql until the server answers; returns null, or the log text on failure.</summary>
    private async Task<string?> WaitUntilAcceptingAsync(string logPath)
    {
        var probe = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Timeout = 2 }.ConnectionString;
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (clock.Elapsed < StartTimeout)
        {
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync();
                return null;
            }
            catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
            {
                last = exception;
            }

            var log = ReadLog(logPath);
            if (StartupFailed(log))
            {
                return log;
            }

            await Task.Delay(PollInterval);
        }

        return $"no connection after {StartTimeout.TotalSeconds} s (last error: {last?.Message})\n{ReadLog(logPath)}";
    }

    private async Task StopServerAsync()
    {
        try
        {
            await RunAsync(Tool("pg_ctl"), ["stop", "-D", _dataDirectory!, "-m", "immediate", "-t", "30"], asServerUser: true);
        }
        catch (InvalidOperationException)
        {
            // Already stopped (for example it never came up): nothing to stop.
        }

        _started = false;
    }

    // Our own early probes log "FATAL: the database system is starting up"; any other FATAL means it will not come up.
    private static bool StartupFailed(string log) =>
        log.Split('\n').Any(line =>
            line.Contains("FATAL:", StringComparison.Ordinal) &&
            !line.Contains("starting up", StringComparison.Ordinal));

    private static string ReadLog(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (IOException)
        {
            return "";
        }
    }

    private string Tool(string name) => Path.Combine(_binDirectory!, name);

    private async Task RunAsync(string file, IReadOnlyList<string> arguments, bool asServerUser)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _rootDirectory,
        };
        if (asServerUser && _runAsUser is not null)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", _runAsUser, "--", file])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = file;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{start.FileName} {string.Join(' ', start.ArgumentList)}' exited with {process.ExitCode}:\n" +
                $"{await stdout}{await stderr}");
        }
    }

    private static string FindBinDirectory()
    {
        static bool HasTools(string? directory) =>
            !string.IsNullOrEmpty(directory) &&
            new[] { "initdb", "pg_ctl", "postgres" }.All(tool => File.Exists(Path.Combine(directory, tool)));

        var configured = Environment.GetEnvironmentVariable("TEAMDRILL_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return HasTools(configured)
                ? configured
                : throw new InvalidOperationException($"TEAMDRILL_PG_BIN={configured} does not contain initdb, pg_ctl and postgres.");
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => (Version: int.TryParse(Path.GetFileName(version), out var v) ? v : 0, Bin: Path.Combine(version, "bin")))
                .Where(candidate => HasTools(candidate.Bin))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;
        if (installed is not null)
        {
            return installed;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "initdb"))
            .Where(File.Exists)
            .Select(initdb => Path.GetDirectoryName(new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb))
            .FirstOrDefault(HasTools);
        return onPath ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found in $TEAMDRILL_PG_BIN, " +
            "/usr/lib/postgresql/*/bin or PATH. Install PostgreSQL 15 (Debian: apt-get install postgresql-15) " +
            "or set TEAMDRILL_PG_BIN; the PostgreSQL tests cannot run without it.");
    }

    private static string FindUnprivilegedUser()
    {
        var users = File.Exists("/etc/passwd")
            ? File.ReadLines("/etc/passwd").Select(line => line.Split(':')[0]).ToHashSet(StringComparer.Ordinal)
            : [];
        return new[] { "postgres", "nobody" }.FirstOrDefault(users.Contains)
            ?? throw new InvalidOperationException(
                "Tests run as root and PostgreSQL refuses to: no 'postgres' or 'nobody' user exists to run it as.");
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
