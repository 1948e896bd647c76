using System.Data.Common;
using Npgsql;
using TeamDrill.Grains.Storage;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Journal;

/// <summary>The room journal on a real PostgreSQL server; each test gets its own database.</summary>
[Collection(PostgresInstance.CollectionName)]
public sealed class PostgresRoomJournalTests(PostgresInstance postgres) : RoomJournalBehaviour
{
    protected override StorageDialect Dialect => StorageDialect.Postgres;

    protected override Task<string> CreateDatabaseAsync() => postgres.CreateDatabaseAsync("journal");

    protected override DbConnection Connect() => new NpgsqlConnection(ConnectionString);

    // Another transaction locking the room's head row: the writer's fence on that room waits until it goes.
    protected override async Task<IAsyncDisposable> HoldWritesAsync(string room)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("SELECT seq FROM room_head WHERE room = @room FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("room", room);
        await command.ExecuteScalarAsync();
        return new Held(connection, transaction);
    }

    protected override async Task BreakWritesAsync(string room)
    {
        await ExecuteAsync(
            $"CREATE FUNCTION test_break() RETURNS trigger AS $$ BEGIN IF NEW.room = '{room}' THEN RAISE EXCEPTION 'the disk is on fire'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
        await ExecuteAsync("CREATE TRIGGER test_break BEFORE INSERT ON room_events FOR EACH ROW EXECUTE FUNCTION test_break()");
    }

    protected override Task MendWritesAsync() => ExecuteAsync("DROP TRIGGER test_break ON room_events");

    protected override async Task InsertLegacyRoomAsync(string room, byte[] payload)
    {
        await CreateLegacyTableAsync();
        await ExecuteAsync(
            "INSERT INTO grain_state (grain_type, grain_id, state_name, etag, payload, updated_utc) VALUES ('room', @room, 'room', 'legacy', @payload, now())",
            ("room", room), ("payload", payload));
    }

    private sealed class Held(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
