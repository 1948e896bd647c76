using Microsoft.Extensions.Logging;

namespace TeamDrill.Grains.Storage;

/// <summary>Source-generated log messages of the relational grain storage (reads and writes are hot paths).</summary>
internal static partial class RelationalStorageLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Grain storage {StorageName} ready: {Dialect} table grain_state")]
    public static partial void SchemaReady(this ILogger logger, string storageName, StorageDialect dialect);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug,
        Message = "Grain storage {StorageName} read {GrainType}/{GrainKey} state {StateName}: {Bytes} bytes, etag {ETag}")]
    public static partial void StateRead(
        this ILogger logger, string storageName, string grainType, string grainKey, string stateName, int bytes, string etag);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug,
        Message = "Grain storage {StorageName} has no {GrainType}/{GrainKey} state {StateName}: fresh state")]
    public static partial void StateNotFound(this ILogger logger, string storageName, string grainType, string grainKey, string stateName);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug,
        Message = "Grain storage {StorageName} wrote {GrainType}/{GrainKey} state {StateName}: {Bytes} bytes, etag {ETag}")]
    public static partial void StateWritten(
        this ILogger logger, string storageName, string grainType, string grainKey, string stateName, int bytes, string etag);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug,
        Message = "Grain storage {StorageName} cleared {GrainType}/{GrainKey} state {StateName}")]
    public static partial void StateCleared(this ILogger logger, string storageName, string grainType, string grainKey, string stateName);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning,
        Message = "Grain storage {StorageName} refused to {Operation} {GrainType}/{GrainKey} state {StateName}: " +
                  "the grain holds etag {GrainETag} but storage holds {StoredETag}")]
    public static partial void ETagConflict(
        this ILogger logger, string storageName, string operation, string grainType, string grainKey, string stateName,
        string grainETag, string storedETag);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error,
        Message = "Grain storage {StorageName} failed to {Operation} {GrainType}/{GrainKey} state {StateName}")]
    public static partial void OperationFailed(
        this ILogger logger, Exception exception, string storageName, string operation, string grainType, string grainKey, string stateName);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning,
        Message = "Grain storage {StorageName}: SQLite file {DatabasePath} is in journal mode {JournalMode}, not WAL")]
    public static partial void SqliteJournalModeNotWal(this ILogger logger, string storageName, string databasePath, string journalMode);

    [LoggerMessage(EventId = 9, Level = LogLevel.Error,
        Message = "Grain storage {StorageName} could not create its schema ({Dialect})")]
    public static partial void SchemaFailed(this ILogger logger, Exception exception, string storageName, StorageDialect dialect);
}
