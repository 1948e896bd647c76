using System.Data.Common;
using Npgsql;

namespace TeamDrill.Grains.Storage;

/// <summary>The table on a PostgreSQL server that several silos share.</summary>
internal sealed class PostgresStateTable : StateTable
{
    // Serialises schema creation across silos: concurrent CREATE TABLE IF NOT EXISTS can still collide in pg_type.
    private const long SchemaLockKey = 0x5444_5354_4F52_4531; // "TDSTORE1"

    private const string CreateTableSql =
        $"""
        CREATE TABLE IF NOT EXISTS {TableName} (
            grain_type  text        NOT NULL,
            grain_id    text        NOT NULL,
            state_name  text        NOT NULL,
            etag        text        NOT NULL,
            payload     bytea       NOT NULL,
            updated_utc timestamptz NOT NULL,
            PRIMARY KEY (grain_type, grain_id, state_name)
        )
        """;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresStateTable(string connectionString)
        : base("now()")
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override StorageDialect Dialect => StorageDialect.Postgres;

    public override async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", SchemaLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var create = new NpgsqlCommand(CreateTableSql, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }
    }
}
