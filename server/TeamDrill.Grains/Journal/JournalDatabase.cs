using System.Data;
using System.Data.Common;

namespace TeamDrill.Grains.Journal;

/// <summary>
/// The room journal's tables in one database, and the statements on them. Both dialects run the same
/// SQL (<c>@name</c> parameters, <c>ON CONFLICT</c>); a dialect supplies connections, column types and
/// how to run blocking work.
/// </summary>
/// <remarks>
/// <c>room_head</c> holds each room's last event number: every write first moves it from the number the
/// writer expects to the new one, in the same transaction as the write, so a stale writer changes
/// nothing. <c>room_events</c> is the journal, <c>room_snapshots</c> the latest whole state,
/// <c>room_drills</c> the finished drills kept apart from the live room.
/// </remarks>
public abstract class JournalDatabase : IDisposable
{
    /// <summary>The storage schema this server writes; a database with a higher number was written by a newer server.</summary>
    public const int SchemaVersion = 1;

    private const string ReadHeadSql = "SELECT seq FROM room_head WHERE room = @room";
    private const string ReadSnapshotSql = "SELECT seq, payload FROM room_snapshots WHERE room = @room";
    private const string ReadEventsSql = "SELECT seq, payload FROM room_events WHERE room = @room AND seq > @after ORDER BY seq";
    private const string ReadSummariesSql = "SELECT summary FROM room_drills WHERE room = @room ORDER BY number";
    private const string ReadDrillSql = "SELECT summary, debrief FROM room_drills WHERE room = @room AND number = @number";
    private const string ReadLegacySql = "SELECT payload FROM grain_state WHERE grain_type = 'room' AND grain_id = @room AND state_name = 'room'";

    public abstract string Name { get; }

    /// <summary>The table that records the schema version, as this dialect spells it.</summary>
    protected abstract string CreateVersionTableSql { get; }

    /// <summary>
    /// The upgrade path, one step per version in order, the last at <see cref="SchemaVersion"/>. Version 0
    /// is a database from before the journal: grain state rows only (its rooms convert as they load).
    /// </summary>
    public abstract IReadOnlyList<SchemaStep> UpgradeSteps { get; }

    /// <summary>
    /// Brings the schema to <see cref="SchemaVersion"/>: runs every step above the stored version and records
    /// the new one, in one transaction; refuses a newer schema. Returns the version it upgraded from, or
    /// null when nothing older was there (already current, or a new database).
    /// </summary>
    public async Task<int?> CreateSchemaAsync(CancellationToken cancellationToken) =>
        await RunAsync(async ct =>
        {
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            var legacy = await LegacyTableExistsAsync(connection, ct).ConfigureAwait(false);
            await using var transaction = await BeginSchemaTransactionAsync(connection, ct).ConfigureAwait(false);
            await using (var create = Command(connection, transaction, CreateVersionTableSql))
            {
                await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            await using var read = Command(connection, transaction, "SELECT version FROM teamdrill_schema WHERE id = 1");
            var stored = await read.ExecuteScalarAsync(ct).ConfigureAwait(false);
            var found = stored is null or DBNull ? 0 : Convert.ToInt32(stored, System.Globalization.CultureInfo.InvariantCulture);
            if (found > SchemaVersion)
            {
                throw new NewerSchemaException(
                    $"The {Name} database was written by a newer TeamDrill (storage schema {found}); this server knows schema {SchemaVersion}. " +
                    "Run the newer server on it, or restore a backup made by this version.");
            }

            if (found == SchemaVersion)
            {
                return (int?)null;
            }

            var older = found > 0 || legacy;
            foreach (var step in UpgradeSteps.Where(s => s.Version > found))
            {
                foreach (var sql in step.Sql)
                {
                    await using var upgrade = Command(connection, transaction, sql);
                    await upgrade.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            }

            await using var record = Command(connection, transaction,
                "INSERT INTO teamdrill_schema (id, version) VALUES (1, @version) ON CONFLICT (id) DO UPDATE SET version = excluded.version");
            Parameter(record, "@version", SchemaVersion);
            await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return older ? found : (int?)null;
        }, cancellationToken).ConfigureAwait(false);

    /// <summary>The room's snapshot and the events kept after <c>snapshot − keep</c>; null if the room has never been stored here.</summary>
    public Task<JournalRead?> ReadRoomAsync(string room, int keep, CancellationToken cancellationToken) =>
        ReadAsync(async ct =>
        {
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var transaction = await BeginReadTransactionAsync(connection, ct).ConfigureAwait(false);
            await using var head = Command(connection, transaction, ReadHeadSql);
            Parameter(head, "@room", room);
            if (await head.ExecuteScalarAsync(ct).ConfigureAwait(false) is not { } headValue || headValue is DBNull)
            {
                return null;
            }

            var headSeq = Convert.ToInt64(headValue, System.Globalization.CultureInfo.InvariantCulture);
            long snapshotSeq;
            byte[] snapshot;
            await using (var read = Command(connection, transaction, ReadSnapshotSql))
            {
                Parameter(read, "@room", room);
                await using var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false);
                if (!await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    throw new InvalidOperationException($"Room {room} has a journal head at {headSeq} but no snapshot in the {Name} database.");
                }

                snapshotSeq = reader.GetInt64(0);
                snapshot = reader.GetFieldValue<byte[]>(1);
            }

            var events = new List<JournalEntry>();
            await using (var read = Command(connection, transaction, ReadEventsSql))
            {
                Parameter(read, "@room", room);
                Parameter(read, "@after", Math.Max(0, snapshotSeq - keep));
                await using var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    events.Add(new JournalEntry(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)));
                }
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return new JournalRead(headSeq, snapshotSeq, snapshot, events);
        }, cancellationToken);

    /// <summary>The room as the old storage kept it (one row of its whole state), or null.</summary>
    public Task<byte[]?> ReadLegacyRoomAsync(string room, CancellationToken cancellationToken) =>
        ReadAsync(async ct =>
        {
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            if (!await LegacyTableExistsAsync(connection, ct).ConfigureAwait(false))
            {
                return null;
            }

            await using var read = Command(connection, null, ReadLegacySql);
            Parameter(read, "@room", room);
            return await read.ExecuteScalarAsync(ct).ConfigureAwait(false) as byte[];
        }, cancellationToken);

    public Task<IReadOnlyList<byte[]>> ReadDrillSummariesAsync(string room, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<byte[]>>(async ct =>
        {
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var read = Command(connection, null, ReadSummariesSql);
            Parameter(read, "@room", room);
            await using var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var summaries = new List<byte[]>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                summaries.Add(reader.GetFieldValue<byte[]>(0));
            }

            return summaries;
        }, cancellationToken);

    /// <summary>A finished drill's summary and debrief bytes, or null.</summary>
    public Task<FinishedDrillRow?> ReadDrillAsync(string room, int number, CancellationToken cancellationToken) =>
        ReadAsync(async ct =>
        {
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var read = Command(connection, null, ReadDrillSql);
            Parameter(read, "@room", room);
            Parameter(read, "@number", number);
            await using var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false);
            return await reader.ReadAsync(ct).ConfigureAwait(false)
                ? new FinishedDrillRow(number, reader.GetFieldValue<byte[]>(0), reader.GetFieldValue<byte[]>(1))
                : null;
        }, cancellationToken);

    /// <summary>Asks the database a trivial question, for the readiness check; throws <see cref="JournalUnavailableException"/> when it cannot answer.</summary>
    public Task PingAsync(CancellationToken cancellationToken) =>
        ReadAsync(async ct =>
        {
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var ping = Command(connection, null, "SELECT 1");
            return await ping.ExecuteScalarAsync(ct).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>A connection for the group-commit writer: opened once, used by one thread, synchronously.</summary>
    public abstract DbConnection OpenWriter();

    /// <summary>
    /// Housekeeping the database needs from time to time, off the writer's path (SQLite: copying the
    /// write-ahead log into the database file). Nothing for a server that does its own.
    /// </summary>
    public virtual Task MaintainAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    protected abstract Task<DbTransaction> BeginReadTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    protected abstract Task<DbTransaction> BeginSchemaTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    protected abstract Task<bool> LegacyTableExistsAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A read; the database being down or unreachable becomes <see cref="JournalUnavailableException"/> (retryable).</summary>
    private async Task<TResult> ReadAsync<TResult>(Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(work, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DbException or TimeoutException or IOException or System.Net.Sockets.SocketException)
        {
            throw new JournalUnavailableException($"The {Name} database could not be read ({exception.Message}).", exception);
        }
    }

    /// <summary>Runs one unit of database work; a dialect whose driver blocks moves it off the caller's thread.</summary>
    protected virtual Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken) =>
        work(cancellationToken);

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    internal static DbParameter Parameter(DbCommand command, string name, object? value = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
