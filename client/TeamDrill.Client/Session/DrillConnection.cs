using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Session;

/// <summary>
/// Owns the SignalR connection for one signed-in player and keeps its <see cref="Session"/> in step:
/// reconnects forever, and after every reconnect (or a full restart of a closed connection) re-joins
/// the rooms and resyncs them.
/// </summary>
public sealed class DrillConnection : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ForeverRetryPolicy _retryPolicy;
    private readonly CancellationTokenSource _stopping = new();

    public DrillConnection(Uri server, SignInResponse signedIn, ForeverRetryPolicy? retryPolicy = null)
    {
        _retryPolicy = retryPolicy ?? new ForeverRetryPolicy();
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, EdgeRoutes.Hub), options => options.AccessTokenProvider = () => Task.FromResult<string?>(signedIn.Token))
            .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
            .WithAutomaticReconnect(_retryPolicy)
            .Build();

        Session = new DrillSession(new HubDrillProxy(_connection), signedIn.PlayerId, signedIn.Name);

        _connection.On<string, RoomEvent[]>(HubCallbacks.ReceiveEvents, (code, events) => Session.Receive(code, events));
        _connection.Reconnecting += error =>
        {
            Session.SetConnectionState(ConnectionState.Reconnecting, error?.Message);
            return Task.CompletedTask;
        };
        _connection.Reconnected += _ => CatchUpAsync();
        _connection.Closed += OnClosedAsync;
    }

    public DrillSession Session { get; }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        Session.SetConnectionState(ConnectionState.Connecting);
        try
        {
            await _connection.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Session.SetConnectionState(ConnectionState.Disconnected);
            throw;
        }

        Session.SetConnectionState(ConnectionState.Connected);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        Session.SetConnectionState(ConnectionState.Disconnected);
        _stopping.Dispose();
    }

    // Resync until every room caught up; a failure while still connected (the server busy restarting
    // its grains) is retried with the reconnect backoff, a dropped connection ends this attempt.
    private async Task CatchUpAsync()
    {
        Session.SetConnectionState(ConnectionState.Connected);
        for (long attempt = 1; !_stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                if (await Session.ResyncAllAsync(_stopping.Token).ConfigureAwait(false)
                    || _connection.State != HubConnectionState.Connected)
                {
                    return;
                }

                await Task.Delay(_retryPolicy.Delay(attempt), _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    // Automatic reconnect never gives up, but the server can close a connection for good (a graceful
    // shutdown does): start it again ourselves, with the same backoff.
    private async Task OnClosedAsync(Exception? error)
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        Session.SetConnectionState(ConnectionState.Reconnecting, error?.Message);
        for (long attempt = 1; !_stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                await Task.Delay(_retryPolicy.Delay(attempt), _stopping.Token).ConfigureAwait(false);
                await _connection.StartAsync(_stopping.Token).ConfigureAwait(false);
                await CatchUpAsync().ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception) when (!_stopping.IsCancellationRequested)
            {
                // Still down: keep trying.
            }
        }
    }
}
