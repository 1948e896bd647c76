using System.Data.Common;

namespace TeamDrill.Grains.Storage;

/// <summary>
/// The <c>grain_state</c> table and the statements on it. Each write or delete is one conditional
/// statement, so the etag check and the change are atomic without an explicit transaction.
/// Both dialects accept <c>@name</c> parameters and <c>INSERT ... ON CONFLICT DO NOTHING</c>.
/// </summary>
internal abstract class StateTable : IDisposable
{
    protected const string TableName = "grain_state";

    private const string KeyFilter = "grain_type = @type AND grain_id = @id AND state_name = @name";

    private readonly string _readSql;
    private readonly string _readETagSql;
    private readonly string _insertSql;
    private readonly string _updateSql;
    private readonly string _deleteSql;

    protected StateTable(string nowSql)
    {
        _readSql = $"SELECT payload, etag FROM {TableName} WHERE {KeyFilter}";
        _readETagSql = $"SELECT etag FROM {TableName} WHERE {KeyFilter}";
        _insertSql =
            $"INSERT INTO {TableName} (grain_type, grain_id, state_name, etag, payload, updated_utc) " +
            $"VALUES (@type, @id, @name, @etag, @payload, {nowSql}) " +
            "ON CONFLICT (grain_type, grain_id, state_name) DO NOTHING";
        _updateSql =
            $"UPDATE {TableName} SET payload = @payload, etag = @etag, updated_utc = {nowSql} " +
            $"WHERE {KeyFilter} AND etag = @expected";
        _deleteSql = $"DELETE FROM {TableName} WHERE {KeyFilter} AND etag = @expected";
    }

    public abstract StorageDialect Dialect { get; }

    /// <summary>Creates the table if it is missing (and whatever else the dialect needs). Safe to repeat.</summary>
    public abstract Task CreateSchemaAsync(CancellationToken cancellationToken);

    public Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = CreateCommand(connection, _readSql, key);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            if (!await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                return null;
            }

            return new StoredState(reader.GetFieldValue<byte[]>(0), reader.GetString(1));
        }, cancellationToken);

    public Task<string?> ReadETagAsync(GrainStateKey key, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = CreateCommand(connection, _readETagSql, key);
            return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
        }, cancellationToken);

    /// <summary>Inserts a new row; false if a row with this key already exists.</summary>
    public Task<bool> TryInsertAsync(GrainStateKey key, byte[] payload, string newETag, CancellationToken cancellationToken) =>
        ExecuteAsync(_insertSql, key, cancellationToken, ("@payload", payload), ("@etag", newETag));

    /// <summary>Replaces the row if its etag is still <paramref name="expectedETag"/>; false otherwise.</summary>
    public Task<bool> TryUpdateAsync(
        GrainStateKey key, byte[] payload, string expectedETag, string newETag, CancellationToken cancellationToken) =>
        ExecuteAsync(_updateSql, key, cancellationToken, ("@payload", payload), ("@etag", newETag), ("@expected", expectedETag));

    /// <summary>Deletes the row if its etag is still <paramref name="expectedETag"/>; false otherwise.</summary>
    public Task<bool> TryDeleteAsync(GrainStateKey key, string expectedETag, CancellationToken cancellationToken) =>
        ExecuteAsync(_deleteSql, key, cancellationToken, ("@expected", expectedETag));

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Runs one unit of database work; a dialect whose driver blocks can move it off the caller's thread.</summary>
    protected virtual Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken) =>
        work(cancellationToken);

    protected static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static DbCommand CreateCommand(DbConnection connection, string sql, GrainStateKey key)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "@type", key.GrainType);
        AddParameter(command, "@id", key.GrainKey);
        AddParameter(command, "@name", key.StateName);
        return command;
    }

    private Task<bool> ExecuteAsync(
        string sql, GrainStateKey key, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        RunAsync(async ct =>
        {
            await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = CreateCommand(connection, sql, key);
            foreach (var (name, value) in parameters)
            {
                AddParameter(command, name, value);
            }

            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }, cancellationToken);
}
