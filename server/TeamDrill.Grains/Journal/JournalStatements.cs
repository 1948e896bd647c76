using System.Data.Common;

namespace TeamDrill.Grains.Journal;

/// <summary>
/// The writer's statements, made once per writer connection and run again and again with new values
/// (SQLite keeps each one compiled). <see cref="TryWrite"/> does one room's write inside the writer's
/// transaction, fence first.
/// </summary>
internal sealed class JournalStatements : IDisposable
{
    private readonly DbCommand _createHead;
    private readonly DbCommand _advanceHead;
    private readonly DbCommand _insertEvent;
    private readonly DbCommand _upsertSnapshot;
    private readonly DbCommand _upsertDrill;
    private readonly DbCommand _forgetEvents;
    private readonly DbCommand _deleteLegacy;

    public JournalStatements(DbConnection connection)
    {
        _createHead = Make(connection, "INSERT INTO room_head (room, seq) VALUES (@room, @seq) ON CONFLICT (room) DO NOTHING", "@room", "@seq");
        _advanceHead = Make(connection, "UPDATE room_head SET seq = @seq WHERE room = @room AND seq = @expected", "@room", "@seq", "@expected");
        _insertEvent = Make(connection, "INSERT INTO room_events (room, seq, payload) VALUES (@room, @seq, @payload)", "@room", "@seq", "@payload");
        _upsertSnapshot = Make(connection,
            "INSERT INTO room_snapshots (room, seq, payload) VALUES (@room, @seq, @payload) " +
            "ON CONFLICT (room) DO UPDATE SET seq = excluded.seq, payload = excluded.payload", "@room", "@seq", "@payload");
        _upsertDrill = Make(connection,
            "INSERT INTO room_drills (room, number, summary, debrief) VALUES (@room, @number, @summary, @debrief) " +
            "ON CONFLICT (room, number) DO UPDATE SET summary = excluded.summary, debrief = excluded.debrief",
            "@room", "@number", "@summary", "@debrief");
        _forgetEvents = Make(connection, "DELETE FROM room_events WHERE room = @room AND seq <= @through", "@room", "@through");
        _deleteLegacy = Make(connection, "DELETE FROM grain_state WHERE grain_type = 'room' AND grain_id = @room AND state_name = 'room'", "@room");
    }

    /// <summary>Writes <paramref name="append"/> if the room is where it expects; false (and nothing written) if not.</summary>
    public bool TryWrite(DbTransaction transaction, JournalAppend append)
    {
        var fence = append.Creates
            ? Run(transaction, _createHead, append.Room, append.NewSeq)
            : Run(transaction, _advanceHead, append.Room, append.NewSeq, append.ExpectedSeq);
        if (fence != 1)
        {
            return false;
        }

        foreach (var entry in append.Events)
        {
            Run(transaction, _insertEvent, append.Room, entry.Seq, entry.Payload);
        }

        if (append.Snapshot is { } snapshot)
        {
            Run(transaction, _upsertSnapshot, append.Room, append.NewSeq, snapshot);
        }

        foreach (var drill in append.FinishedDrills)
        {
            Run(transaction, _upsertDrill, append.Room, drill.Number, drill.Summary, drill.Debrief);
        }

        if (append.ForgetThroughSeq is { } through)
        {
            Run(transaction, _forgetEvents, append.Room, through);
        }

        if (append.DeletesLegacyRow)
        {
            Run(transaction, _deleteLegacy, append.Room);
        }

        return true;
    }

    public void Dispose()
    {
        foreach (var command in new[] { _createHead, _advanceHead, _insertEvent, _upsertSnapshot, _upsertDrill, _forgetEvents, _deleteLegacy })
        {
            command.Dispose();
        }
    }

    private static DbCommand Make(DbConnection connection, string sql, params string[] parameters)
    {
        var command = JournalDatabase.Command(connection, null, sql);
        foreach (var name in parameters)
        {
            JournalDatabase.Parameter(command, name);
        }

        return command;
    }

    private static int Run(DbTransaction transaction, DbCommand command, string room, long number, object? third = null, object? fourth = null)
    {
        command.Transaction = transaction;
        var parameters = command.Parameters;
        parameters[0].Value = room;
        if (parameters.Count > 1)
        {
            parameters[1].Value = number;
        }

        if (parameters.Count > 2)
        {
            parameters[2].Value = third;
        }

        if (parameters.Count > 3)
        {
            parameters[3].Value = fourth;
        }

        return command.ExecuteNonQuery();
    }

    private static int Run(DbTransaction transaction, DbCommand command, string room)
    {
        command.Transaction = transaction;
        command.Parameters[0].Value = room;
        return command.ExecuteNonQuery();
    }
}
