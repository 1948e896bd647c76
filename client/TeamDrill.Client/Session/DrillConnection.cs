namespace TeamDrill.Client.Session;

/// <summary>
/// A player's <see cref="ServerConnection"/> with its <see cref="Session"/> kept in step: room events go
/// to the session, and after every reconnect (or restart) the rooms are re-joined and resynced.
/// </summary>
public sealed class DrillConnection : IAsyncDisposable
{
    private readonly ServerConnection _server;

    public DrillConnection(ServerConnection server)
    {
        _server = server;
        Session = new DrillSession(server.Hub, server.Identity.PlayerId, server.Identity.Name);
        server.OnEvents((code, events) => Session.Receive(code, events));
        server.StateChanged += (_, e) => Session.SetConnectionState(e.State, e.Reason);
        server.BackOnline = CatchUpAsync;
    }

    public DrillSession Session { get; }

    /// <summary>Opens the connection; a failure comes back as a <see cref="SignInException"/> with the sentence to show.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => _server.StartAsync(cancellationToken);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    // Resync until every room caught up; a failure while still connected (the server busy restarting
    // its grains) is retried with the reconnect backoff, a dropped connection ends this attempt.
    private async Task CatchUpAsync(CancellationToken stopping)
    {
        for (long attempt = 1; !stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                if (await Session.ResyncAllAsync(stopping).ConfigureAwait(false) || !_server.IsConnected)
                {
                    return;
                }

                await Task.Delay(_server.RetryPolicy.Delay(attempt), stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
