using Microsoft.Data.Sqlite;

namespace TeamDrill.Server.Backups;

/// <summary>
/// A consistent copy of a live SQLite database through SQLite's online backup API: one step under one
/// read transaction, so it holds every commit made before it began (those still in the -wal file too)
/// and none made during it, while the server goes on writing.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies <paramref name="database"/> to the new file <paramref name="target"/>, which appears only when complete.</summary>
    public static void Copy(string database, string target)
    {
        var partial = target + ".partial";
        DeleteWithSidecars(partial);
        try
        {
            using (var source = DatabaseFile.Open(database, SqliteOpenMode.ReadWrite))
            using (var copy = DatabaseFile.Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(copy);

                // One self-contained file: no -wal beside it to forget when it is moved.
                using var rollback = copy.CreateCommand();
                rollback.CommandText = "PRAGMA journal_mode = DELETE";
                rollback.ExecuteNonQuery();
            }

            File.Move(partial, target);
        }
        finally
        {
            DeleteWithSidecars(partial);
        }
    }

    /// <summary>Deletes a database file and the -wal, -shm and -journal files SQLite keeps beside it.</summary>
    public static void DeleteWithSidecars(string database)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(database + suffix);
        }
    }
}
