using TeamDrill.Grains.Settings;
using TeamDrill.Grains.Storage;

namespace TeamDrill.Server.Hosting;

/// <summary>Where rooms, leagues and archives are kept, read from the <see cref="Section"/> settings.</summary>
public sealed class StorageOptions
{
    public const string Section = SettingSections.Root;

    [Setting("the database: sqlite, embedded in the data folder, or postgres with --postgres", Key = "Storage")]
    public StorageDialect Dialect { get; set; } = StorageDialect.Sqlite;

    [Setting("folder for the SQLite database and the drill archives, created on first start", Flag = "--data", Takes = "folder")]
    public string DataDirectory { get; set; } = "data";

    [Setting("PostgreSQL connection string, with --storage postgres", Flag = "--postgres", Takes = "connection-string")]
    public string PostgresConnectionString { get; set; } = "";

    /// <summary>Where the data lives, for the start-up line.</summary>
    public string Describe() => Dialect == StorageDialect.Sqlite ? Path.GetFullPath(DataDirectory) : "PostgreSQL";

    public string ConnectionString() =>
        Dialect == StorageDialect.Postgres ? PostgresConnectionString : RelationalStorageExtensions.SqliteConnectionString(DataDirectory);
}
