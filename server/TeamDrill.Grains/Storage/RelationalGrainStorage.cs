using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Storage;

namespace TeamDrill.Grains.Storage;

/// <summary>
/// Orleans grain storage over one relational table of MessagePack payloads, keyed by
/// (grain type, grain key, state name), with optimistic concurrency by etag. Each successful write
/// gets a fresh random etag, so a writer that read before a clear cannot overwrite what came after it.
/// </summary>
public sealed class RelationalGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly string _name;
    private readonly StateTable _table;
    private readonly ILogger _logger;
    private readonly Lock _schemaGate = new();
    private Task? _schema;

    public RelationalGrainStorage(string name, RelationalStorageOptions options, ILogger<RelationalGrainStorage> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArgumentException($"Grain storage '{name}': ConnectionString is required.", nameof(options));
        }

        _name = name;
        _logger = logger;
        _table = options.Dialect switch
        {
            StorageDialect.Sqlite => new SqliteStateTable(name, options.ConnectionString, logger),
            StorageDialect.Postgres => new PostgresStateTable(options.ConnectionString),
            _ => throw new ArgumentException($"Grain storage '{name}': unknown dialect {options.Dialect}.", nameof(options)),
        };
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var key = GrainStateKey.From(grainId, stateName);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);

        StoredState? stored;
        try
        {
            stored = await _table.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw Failed("read", key, exception);
        }

        if (stored is null)
        {
            grainState.State = CreateFreshState<T>(key);
            grainState.ETag = null;
            grainState.RecordExists = false;
            _logger.StateNotFound(_name, key.GrainType, key.GrainKey, key.StateName);
            return;
        }

        T state;
        try
        {
            state = GrainStateSerializer.Deserialize<T>(stored.Payload);
        }
        catch (Exception exception)
        {
            _logger.OperationFailed(exception, _name, "decode", key.GrainType, key.GrainKey, key.StateName);
            throw new RelationalStorageException(
                $"Grain storage '{_name}' could not decode {key} as {typeof(T).FullName} " +
                $"({stored.Payload.Length} bytes of MessagePack): {exception.Message}", exception);
        }

        grainState.State = state;
        grainState.ETag = stored.ETag;
        grainState.RecordExists = true;
        _logger.StateRead(_name, key.GrainType, key.GrainKey, key.StateName, stored.Payload.Length, stored.ETag);
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var key = GrainStateKey.From(grainId, stateName);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);

        byte[] payload;
        try
        {
            payload = GrainStateSerializer.Serialize(grainState.State);
        }
        catch (Exception exception)
        {
            _logger.OperationFailed(exception, _name, "encode", key.GrainType, key.GrainKey, key.StateName);
            throw new RelationalStorageException(
                $"Grain storage '{_name}' could not encode {key} of type {typeof(T).FullName} as MessagePack " +
                $"(is it a [MessagePackObject] with [Key]s?): {exception.Message}", exception);
        }

        var expected = grainState.ETag;
        var next = NewETag();
        bool written;
        try
        {
            written = expected is null
                ? await _table.TryInsertAsync(key, payload, next, cancellationToken).ConfigureAwait(false)
                : await _table.TryUpdateAsync(key, payload, expected, next, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw Failed("write", key, exception);
        }

        if (!written)
        {
            throw await ConflictAsync("write", key, expected, cancellationToken).ConfigureAwait(false);
        }

        grainState.ETag = next;
        grainState.RecordExists = true;
        _logger.StateWritten(_name, key.GrainType, key.GrainKey, key.StateName, payload.Length, next);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <summary>Deletes the row (the etag must still match); afterwards the grain holds a fresh state and no etag.</summary>
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var key = GrainStateKey.From(grainId, stateName);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);

        var expected = grainState.ETag;
        bool cleared;
        try
        {
            // With no etag the grain believes there is no row; clearing is then a no-op unless someone wrote one.
            cleared = expected is null
                ? await _table.ReadETagAsync(key, cancellationToken).ConfigureAwait(false) is null
                : await _table.TryDeleteAsync(key, expected, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw Failed("clear", key, exception);
        }

        if (!cleared)
        {
            throw await ConflictAsync("clear", key, expected, cancellationToken).ConfigureAwait(false);
        }

        grainState.State = CreateFreshState<T>(key);
        grainState.ETag = null;
        grainState.RecordExists = false;
        _logger.StateCleared(_name, key.GrainType, key.GrainKey, key.StateName);
    }

    /// <summary>Creates the schema while the silo starts, so a wrong connection string stops the silo with a clear error.</summary>
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe($"{nameof(RelationalGrainStorage)}-{_name}", ServiceLifecycleStage.ApplicationServices, EnsureSchemaAsync);
    }

    public void Dispose() => _table.Dispose();

    /// <summary>Creates the table on first use. A failed attempt is retried by the next caller.</summary>
    private Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        lock (_schemaGate)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                _schema = CreateSchemaAsync(cancellationToken);
            }

            return _schema;
        }
    }

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _table.CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.SchemaFailed(exception, _name, _table.Dialect);
            throw new RelationalStorageException(
                $"Grain storage '{_name}' could not create its table in {_table.Dialect}: {exception.Message}", exception);
        }

        _logger.SchemaReady(_name, _table.Dialect);
    }

    private RelationalStorageException Failed(string operation, GrainStateKey key, Exception exception)
    {
        _logger.OperationFailed(exception, _name, operation, key.GrainType, key.GrainKey, key.StateName);
        return new RelationalStorageException(
            $"Grain storage '{_name}' ({_table.Dialect}) failed to {operation} {key}: {exception.Message}", exception);
    }

    private async Task<InconsistentStateException> ConflictAsync(
        string operation, GrainStateKey key, string? grainETag, CancellationToken cancellationToken)
    {
        string? storedETag;
        try
        {
            storedETag = await _table.ReadETagAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            storedETag = $"(unknown: {exception.Message})";
        }

        var grainText = grainETag ?? "(none)";
        var storedText = storedETag ?? "(none)";
        _logger.ETagConflict(_name, operation, key.GrainType, key.GrainKey, key.StateName, grainText, storedText);
        return new InconsistentStateException(
            $"Grain storage '{_name}' refused to {operation} {key}: the grain holds etag {grainText} " +
            $"but storage holds {storedText} (another activation or writer changed it).",
            storedText,
            grainText);
    }

    private T CreateFreshState<T>(GrainStateKey key)
    {
        try
        {
            return Activator.CreateInstance<T>();
        }
        catch (MissingMethodException exception)
        {
            throw new RelationalStorageException(
                $"Grain storage '{_name}' cannot create a fresh {typeof(T).FullName} for {key}: " +
                "state classes need a public parameterless constructor.", exception);
        }
    }

    private static string NewETag() => Guid.NewGuid().ToString("N");
}
