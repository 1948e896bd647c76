using System.Data.Common;
using Microsoft.Data.Sqlite;
using TeamDrill.Grains.Storage;

namespace TeamDrill.Grains.Journal;

/// <summary>
/// The journal in the local SQLite file (WAL, <c>synchronous=FULL</c>: a commit is on disk before it
/// is acknowledged). Microsoft.Data.Sqlite blocks, so reads run off the caller's thread and the writer
/// has a thread of its own.
/// </summary>
public sealed class SqliteJournalDatabase : JournalDatabase
{
    private const int BusyTimeoutMilliseconds = 10_000;
    private const string ConnectionPragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;";

    private readonly string _connectionString;

    public SqliteJournalDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ArgumentException("The SQLite connection string has no Data Source.", nameof(connectionString));
        }

        builder.Pooling = true;
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, BusyTimeoutMilliseconds / 1000);
        _connectionString = builder.ToString();
        DatabasePath = builder.DataSource;
    }

    public string DatabasePath { get; }

    public override string Name => "SQLite";

    protected override string CreateVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS teamdrill_schema (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)";

    public override IReadOnlyList<SchemaStep> UpgradeSteps { get; } =
    [
        new(1, "the room journal's tables", [
            "CREATE TABLE IF NOT EXISTS room_head (room TEXT PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS room_events (room TEXT NOT NULL, seq INTEGER NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (room, seq)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS room_snapshots (room TEXT PRIMARY KEY, seq INTEGER NOT NULL, payload BLOB NOT NULL)",
            "CREATE TABLE IF NOT EXISTS room_drills (room TEXT NOT NULL, number INTEGER NOT NULL, summary BLOB NOT NULL, debrief BLOB NOT NULL, PRIMARY KEY (room, number))",
        ]),
    ];

    public override DbConnection OpenWriter()
    {
        SqliteFiles.CreateDirectoryFor(DatabasePath);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            // The writer never checkpoints: a checkpoint in the commit path stalled every room's writes
            // for hundreds of milliseconds. MaintainAsync does it beside the writer instead.
            using var pragmas = Command(connection, null, ConnectionPragmas + " PRAGMA wal_autocheckpoint = 0;");
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Copies what the write-ahead log holds into the database file, without blocking the writer (PASSIVE).</summary>
    public override Task MaintainAsync(CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var checkpoint = Command(connection, null, "PRAGMA wal_checkpoint(PASSIVE)");
            await checkpoint.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        SqliteFiles.CreateDirectoryFor(DatabasePath);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragmas = Command(connection, null, ConnectionPragmas);
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // A deferred transaction reads one consistent view of the file and takes no write lock.
    protected override Task<DbTransaction> BeginReadTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    protected override async Task<DbTransaction> BeginSchemaTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // journal_mode is kept in the file: setting it once covers every later connection.
        await using (var wal = Command(connection, null, "PRAGMA journal_mode = WAL"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return ((SqliteConnection)connection).BeginTransaction(deferred: false);
    }

    protected override async Task<bool> LegacyTableExistsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var probe = Command(connection, null, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'grain_state'");
        return await probe.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    protected override Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken) =>
        Task.Run(() => work(cancellationToken), cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            SqliteFiles.ReleasePool(_connectionString);
        }
    }
}
