using Microsoft.Data.Sqlite;

namespace TeamDrill.Grains.Storage;

/// <summary>What the server's SQLite stores (grain state, the room journal) do with the database file itself.</summary>
internal static class SqliteFiles
{
    /// <summary>Creates the folder the database file goes in, so a fresh data folder works.</summary>
    public static void CreateDirectoryFor(string dataSource)
    {
        if (dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    /// <summary>Closes the pooled connections to the file, so a store that is disposed lets go of it.</summary>
    public static void ReleasePool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
