namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// One real server (silo, hub, SQLite on disk) for every test in the server collection that needs no
/// server of its own: each test plays in rooms and leagues of its own, with players of its own, so they
/// cannot see each other. Tests that restart, kill, fault or configure a server still start their own.
/// </summary>
public sealed class SharedServer : IAsyncLifetime
{
    /// <summary>The facilitator key the shared server starts with, so league tests can claim it.</summary>
    public const string FacilitatorKey = "league-test-key";

    private readonly TempFolder _data = new();
    private InProcessServer? _server;

    public InProcessServer Server => _server ?? throw new InvalidOperationException("The shared server has not started.");

    public string Url => Server.Url;

    public string DataDirectory => Server.DataDirectory;

    public async Task InitializeAsync() =>
        _server = await InProcessServer.StartAsync(_data.Path, "--facilitator-key", FacilitatorKey);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _data.Dispose();
    }
}
