using Microsoft.Data.Sqlite;
using TeamDrill.Grains.Journal;

namespace TeamDrill.Server.Backups;

/// <summary>What a SQLite file holds, checked before it is trusted as TeamDrill data: its schema version, its integrity, its rooms.</summary>
/// <param name="SchemaVersion">The storage schema version; 0 for data from before the journal.</param>
/// <param name="Rooms">Rooms stored (journaled ones, and any not yet converted).</param>
/// <param name="FinishedDrills">Finished drills stored apart from their rooms.</param>
public sealed record DatabaseFile(int SchemaVersion, long Rooms, long FinishedDrills)
{
    /// <summary>Opens a connection to a file without pooling, so nothing keeps it open afterwards.</summary>
    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = 10,
        }.ToString());
        connection.Open();
        Run(connection, "PRAGMA busy_timeout = 10000");
        return connection;
    }

    /// <summary>Checks the file at <paramref name="path"/>; the one sentence that says why it is not usable TeamDrill data, or null.</summary>
    public static string? Check(string path, string shownAs, out DatabaseFile? found)
    {
        found = null;
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadWrite);
            var integrity = Scalar(connection, "PRAGMA integrity_check")?.ToString();
            if (integrity != "ok")
            {
                return $"{shownAs} is damaged (SQLite's integrity check says: {integrity}).";
            }

            var version = TableExists(connection, "teamdrill_schema")
                ? Convert.ToInt32(Scalar(connection, "SELECT version FROM teamdrill_schema WHERE id = 1") ?? 0, System.Globalization.CultureInfo.InvariantCulture)
                : TableExists(connection, "grain_state") ? 0 : -1;
            if (version < 0)
            {
                return $"{shownAs} is a SQLite database but not TeamDrill's: it has no teamdrill_schema or grain_state table.";
            }

            if (version > JournalDatabase.SchemaVersion)
            {
                return $"{shownAs} was written by a newer TeamDrill (storage schema {version}); this server knows schema {JournalDatabase.SchemaVersion}. Restore it with the newer server.";
            }

            var rooms = (TableExists(connection, "room_head") ? Count(connection, "SELECT count(*) FROM room_head") : 0)
                + (TableExists(connection, "grain_state") ? Count(connection, "SELECT count(*) FROM grain_state WHERE grain_type = 'room'") : 0);
            var drills = TableExists(connection, "room_drills") ? Count(connection, "SELECT count(*) FROM room_drills") : 0;
            found = new DatabaseFile(version, rooms, drills);
            return null;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 26)
        {
            return $"{shownAs} is not a TeamDrill backup: it is not a SQLite database.";
        }
        catch (SqliteException ex)
        {
            return $"{shownAs} could not be read as a database ({ex.Message}).";
        }
    }

    /// <summary>What a backup or restore reports: rooms, drills and schema.</summary>
    public string Describe() => $"{Counted(Rooms, "room")} and {Counted(FinishedDrills, "finished drill")}, storage schema {SchemaVersion}";

    private static string Counted(long count, string what) => count == 1 ? $"1 {what}" : $"{count} {what}s";

    private static bool TableExists(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @name";
        command.Parameters.AddWithValue("@name", table);
        return command.ExecuteScalar() is not null;
    }

    private static long Count(SqliteConnection connection, string sql) =>
        Convert.ToInt64(Scalar(connection, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
