namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// README's "Scale out" as real processes: a redis-server for membership (with an append-only file, so
/// it can be restarted), a PostgreSQL of its own for storage (so it can be stopped without touching the
/// shared one), and as many silos and edges as a test starts. Everything stops on dispose.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly List<(string Name, ServerProcess Process)> _processes = [];
    private readonly TempFolder _data = new("teamdrill-cluster");
    private readonly string[] _siloSettings;

    private TestCluster(RedisInstance redis, PostgresInstance postgres, string database, string[] siloSettings)
    {
        Redis = redis;
        Postgres = postgres;
        Database = database;
        _siloSettings = siloSettings;
    }

    public RedisInstance Redis { get; }

    public PostgresInstance Postgres { get; }

    /// <summary>Connection string of the cluster's database.</summary>
    public string Database { get; }

    /// <summary>Starts Redis and PostgreSQL; <paramref name="siloSettings"/> are extra flags for every silo.</summary>
    public static async Task<TestCluster> StartAsync(params string[] siloSettings)
    {
        var redis = await RedisInstance.StartPersistentAsync();
        var postgres = new PostgresInstance();
        try
        {
            await postgres.InitializeAsync();
            var database = await postgres.CreateDatabaseAsync("cluster");
            return new TestCluster(redis, postgres, database, siloSettings);
        }
        catch
        {
            await postgres.DisposeAsync();
            await redis.DisposeAsync();
            throw;
        }
    }

    /// <summary>A silo process (<c>--role silo</c>) that joins through Redis and stores in PostgreSQL.</summary>
    public async Task<ServerProcess> StartSiloAsync(string name)
    {
        var ports = FreePorts.Next(2);
        var silo = await ServerProcess.StartAsync(
        [
            "--role", "silo", "--redis", Redis.ConnectionString, "--storage", "postgres", "--postgres", Database,
            "--data", _data.Path, "--content", RepoPaths.Content,
            "--silo-port", ports[0].ToString(), "--gateway-port", ports[1].ToString(), .. _siloSettings,
        ]);
        Add(name, silo);
        return silo;
    }

    /// <summary>An edge process (<c>--role edge</c>) that finds the silos' gateways through Redis.</summary>
    public async Task<ServerProcess> StartEdgeAsync(string name)
    {
        var edge = await ServerProcess.StartAsync(["--role", "edge", "--redis", Redis.ConnectionString]);
        Add(name, edge);
        return edge;
    }

    /// <summary>Every process's output without stack frames, for a failing test's report.</summary>
    public string Logs()
    {
        lock (_processes)
        {
            return string.Join("\n", _processes.Select(p => $"----- {p.Name} ({p.Process.Url}) -----\n{WithoutStackFrames(p.Process.Output)}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<ServerProcess> processes;
        lock (_processes)
        {
            processes = _processes.Select(p => p.Process).ToList();
        }

        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        await Postgres.DisposeAsync();
        await Redis.DisposeAsync();
        _data.Dispose();
    }

    private static string WithoutStackFrames(string log) => string.Join("\n", log.Split('\n').Where(line =>
        !line.TrimStart().StartsWith("at ", StringComparison.Ordinal) &&
        !line.TrimStart().StartsWith("--- End of", StringComparison.Ordinal)));

    private void Add(string name, ServerProcess process)
    {
        lock (_processes)
        {
            _processes.Add((name, process));
        }
    }
}
