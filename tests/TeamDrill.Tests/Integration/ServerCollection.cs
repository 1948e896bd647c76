using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>
/// Tests that start real servers run one after another: two cores do not host many silos at once well.
/// Those that need no server of their own share one (<see cref="SharedServer"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<SharedServer>
{
    public const string Name = "real server";
}
