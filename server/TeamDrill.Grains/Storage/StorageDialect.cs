namespace TeamDrill.Grains.Storage;

/// <summary>The database behind the relational grain storage provider.</summary>
public enum StorageDialect
{
    /// <summary>A local SQLite file in WAL mode: the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by a cluster of silos.</summary>
    Postgres,
}
