using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace TeamDrill.Grains.Storage;

/// <summary>
/// The table in a local SQLite file. WAL lets reads run beside the single writer; synchronous=FULL
/// makes every commit reach the disk before the grain's write completes, so an acknowledged write
/// survives a crash of the process (and of the machine).
/// </summary>
internal sealed class SqliteStateTable : StateTable
{
    private const int BusyTimeoutMilliseconds = 10_000;

    private static readonly string ConnectionPragmas =
        $"PRAGMA synchronous = FULL; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";

    private const string CreateTableSql =
        $"""
        CREATE TABLE IF NOT EXISTS {TableName} (
            grain_type  TEXT NOT NULL,
            grain_id    TEXT NOT NULL,
            state_name  TEXT NOT NULL,
            etag        TEXT NOT NULL,
            payload     BLOB NOT NULL,
            updated_utc TEXT NOT NULL,
            PRIMARY KEY (grain_type, grain_id, state_name)
        )
        """;

    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly string _storageName;

    public SqliteStateTable(string storageName, string connectionString, ILogger logger)
        : base("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
    {
        _storageName = storageName;
        _logger = logger;

        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ArgumentException(
                $"Grain storage '{storageName}': the SQLite connection string has no Data Source.", nameof(connectionString));
        }

        builder.Pooling = true;
        if (builder.DefaultTimeout * 1000 < BusyTimeoutMilliseconds)
        {
            builder.DefaultTimeout = BusyTimeoutMilliseconds / 1000;
        }

        _connectionString = builder.ToString();
        DatabasePath = builder.DataSource;
    }

    public override StorageDialect Dialect => StorageDialect.Sqlite;

    /// <summary>The file the connection string names (as given, possibly relative).</summary>
    public string DatabasePath { get; }

    public override Task CreateSchemaAsync(CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            SqliteFiles.CreateDirectoryFor(DatabasePath);
            await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);

            // journal_mode is stored in the file, so setting it once covers every later connection.
            await using (var journal = connection.CreateCommand())
            {
                journal.CommandText = "PRAGMA journal_mode = WAL;";
                var mode = await journal.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    _logger.SqliteJournalModeNotWal(_storageName, DatabasePath, mode ?? "(none)");
                }
            }

            await using var create = connection.CreateCommand();
            create.CommandText = CreateTableSql;
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // synchronous and busy_timeout are per connection: set them on every open (pooled ones too).
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = ConnectionPragmas;
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // Microsoft.Data.Sqlite runs synchronously (fsync included); keep that off the grain's scheduler.
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
