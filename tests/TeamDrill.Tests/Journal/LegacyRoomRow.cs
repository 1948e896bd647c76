using Microsoft.Data.Sqlite;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Journal;

/// <summary>Room K9YN3R's row exactly as main stored it before the journal (one <c>grain_state</c> row of its whole state).</summary>
public static class LegacyRoomRow
{
    public const string Code = "K9YN3R";

    public static byte[] Payload { get; } = Read();

    private static byte[] Read()
    {
        var file = Path.Combine(RepoPaths.DataFromMainBeforeJournal, "teamdrill.db");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE grain_type = 'room' AND grain_id = $room AND state_name = 'room'";
        command.Parameters.AddWithValue("$room", Code);
        return (byte[])command.ExecuteScalar()!;
    }
}
