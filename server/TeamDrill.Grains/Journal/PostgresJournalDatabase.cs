using System.Data;
using System.Data.Common;
using Npgsql;

namespace TeamDrill.Grains.Journal;

/// <summary>The journal on a PostgreSQL server that several silos share.</summary>
public sealed class PostgresJournalDatabase(string connectionString) : JournalDatabase
{
    // Serialises schema creation across silos: concurrent CREATE TABLE IF NOT EXISTS can collide in pg_type.
    private const long SchemaLockKey = 0x5444_4A4F_5552_4E31; // "TDJOURN1"

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Name => "PostgreSQL";

    protected override string CreateVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS teamdrill_schema (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL)";

    public override IReadOnlyList<SchemaStep> UpgradeSteps { get; } =
    [
        new(1, "the room journal's tables", [
            "CREATE TABLE IF NOT EXISTS room_head (room text PRIMARY KEY, seq bigint NOT NULL)",
            "CREATE TABLE IF NOT EXISTS room_events (room text NOT NULL, seq bigint NOT NULL, payload bytea NOT NULL, PRIMARY KEY (room, seq))",
            "CREATE TABLE IF NOT EXISTS room_snapshots (room text PRIMARY KEY, seq bigint NOT NULL, payload bytea NOT NULL)",
            "CREATE TABLE IF NOT EXISTS room_drills (room text NOT NULL, number integer NOT NULL, summary bytea NOT NULL, debrief bytea NOT NULL, PRIMARY KEY (room, number))",
        ]),
    ];

    public override DbConnection OpenWriter() => _dataSource.OpenConnection();

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task<DbTransaction> BeginReadTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

    protected override async Task<DbTransaction> BeginSchemaTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var lockCommand = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)");
        Parameter(lockCommand, "@key", SchemaLockKey);
        await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return transaction;
    }

    protected override async Task<bool> LegacyTableExistsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var probe = Command(connection, null, "SELECT to_regclass('grain_state') IS NOT NULL");
        return await probe.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }
    }
}
