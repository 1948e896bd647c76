using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>One server with the league tests' facilitator key, shared by a test class: each test sets up its own league on it.</summary>
public sealed class LeagueServerFixture : IAsyncLifetime
{
    private readonly TempFolder _data = new();

    public InProcessServer Server { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Server = await InProcessServer.StartAsync(_data.Path, "--facilitator-key", LeagueScript.FacilitatorKey);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _data.Dispose();
    }
}
