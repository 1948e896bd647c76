using TeamDrill.Grains.Storage;
using TeamDrill.Tests.Infrastructure;
using Xunit;

namespace TeamDrill.Tests.Storage;

/// <summary>The storage behaviour on a real PostgreSQL server; each test gets its own database.</summary>
[Collection(PostgresInstance.CollectionName)]
public sealed class PostgresGrainStorageTests(PostgresInstance postgres) : GrainStorageBehaviour
{
    protected override async Task<RelationalStorageOptions> CreateOptionsAsync() => new()
    {
        Dialect = StorageDialect.Postgres,
        ConnectionString = await postgres.CreateDatabaseAsync("storage"),
    };
}
