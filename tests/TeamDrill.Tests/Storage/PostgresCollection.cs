using TeamDrill.Tests.Infrastructure;
using Xunit;

namespace TeamDrill.Tests.Storage;

/// <summary>Tests in this collection share one <see cref="PostgresInstance"/>, started once.</summary>
[CollectionDefinition(PostgresInstance.CollectionName)]
public sealed class PostgresCollection : ICollectionFixture<PostgresInstance>
{
}
