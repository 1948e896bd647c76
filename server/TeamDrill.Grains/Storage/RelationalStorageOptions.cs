namespace TeamDrill.Grains.Storage;

/// <summary>Settings of one relational grain storage provider.</summary>
public sealed class RelationalStorageOptions
{
    /// <summary>Which database the connection string points at. Default: <see cref="StorageDialect.Sqlite"/>.</summary>
    public StorageDialect Dialect { get; set; }

    /// <summary>
    /// ADO.NET connection string. For SQLite use <see cref="RelationalStorageExtensions.SqliteConnectionString"/>;
    /// for PostgreSQL an Npgsql connection string. Required.
    /// </summary>
    public string ConnectionString { get; set; } = "";
}
