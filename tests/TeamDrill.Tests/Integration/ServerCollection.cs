namespace TeamDrill.Tests.Integration;

/// <summary>Tests that start real servers run one after another: two cores do not host many silos at once well.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection
{
    public const string Name = "real server";
}
