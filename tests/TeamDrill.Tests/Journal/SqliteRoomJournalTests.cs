using System.Data.Common;
using Microsoft.Data.Sqlite;
using TeamDrill.Grains.Storage;

namespace TeamDrill.Tests.Journal;

/// <summary>The room journal on a real SQLite file (WAL, synchronous=FULL) in a temp folder.</summary>
public sealed class SqliteRoomJournalTests : RoomJournalBehaviour
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"teamdrill-journal-{Guid.NewGuid():N}");

    protected override StorageDialect Dialect => StorageDialect.Sqlite;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(RelationalStorageExtensions.SqliteConnectionString(_root));

    protected override Task CleanUpAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }

    protected override DbConnection Connect() => new SqliteConnection(ConnectionString);

    // Another connection holding the write lock: the writer waits in BEGIN IMMEDIATE (busy timeout) until it goes.
    protected override async Task<IAsyncDisposable> HoldWritesAsync(string room)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        var transaction = connection.BeginTransaction(deferred: false);
        return new Held(connection, transaction);
    }

    protected override Task BreakWritesAsync(string room) => ExecuteAsync(
        $"CREATE TRIGGER test_break BEFORE INSERT ON room_events WHEN NEW.room = '{room}' BEGIN SELECT RAISE(ABORT, 'the disk is on fire'); END");

    protected override Task MendWritesAsync() => ExecuteAsync("DROP TRIGGER test_break");

    protected override async Task InsertLegacyRoomAsync(string room, byte[] payload)
    {
        await CreateLegacyTableAsync();
        await ExecuteAsync(
            "INSERT INTO grain_state (grain_type, grain_id, state_name, etag, payload, updated_utc) VALUES ('room', @room, 'room', 'legacy', @payload, '2026-12-01T00:20:00Z')",
            ("@room", room), ("@payload", payload));
    }

    private sealed class Held(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
