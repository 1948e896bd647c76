using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Session;

/// <summary>
/// The hub connection of one signed-in player, opened the same way by every front end: the saved token,
/// MessagePack, typed calls through <see cref="Hub"/>, automatic reconnect forever, and a restart of its
/// own when the server closes the connection for good (a graceful shutdown does).
/// </summary>
public sealed class ServerConnection : IAsyncDisposable
{
    private static readonly TimeSpan StatePollInterval = TimeSpan.FromMilliseconds(50);

    private readonly HubConnection _connection;
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _connected = NewSignal();

    public ServerConnection(SignInTarget target, SignInResponse signedIn, ForeverRetryPolicy? retryPolicy = null)
    {
        Target = target;
        Identity = signedIn;
        RetryPolicy = retryPolicy ?? new ForeverRetryPolicy();
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(target.Server, EdgeRoutes.Hub), options => options.AccessTokenProvider = () => Task.FromResult<string?>(signedIn.Token))
            .AddMessagePackProtocol(o => o.SerializerOptions = ClientWireFormat.Options)
            .WithAutomaticReconnect(RetryPolicy)
            .Build();
        Hub = new HubDrillProxy(_connection);

        _connection.Reconnecting += error =>
        {
            WentDown(error);
            return Task.CompletedTask;
        };
        _connection.Reconnected += _ => CameBackAsync();
        _connection.Closed += OnClosedAsync;
    }

    public SignInTarget Target { get; }
    public SignInResponse Identity { get; }
    public ForeverRetryPolicy RetryPolicy { get; }

    /// <summary>Every hub method as a typed call.</summary>
    public HubDrillProxy Hub { get; }

    public bool IsConnected => _connection.State == HubConnectionState.Connected;

    /// <summary>Connecting, connected, reconnecting, disconnected: as the transport goes.</summary>
    public event EventHandler<ConnectionStateChangedEventArgs>? StateChanged;

    /// <summary>Awaited after every reconnect or restart, once the connection is up again (a drill session resyncs its rooms here).</summary>
    public Func<CancellationToken, Task>? BackOnline { get; set; }

    public IDisposable OnEvents(Action<string, RoomEvent[]> handler) => _connection.On(HubCallbacks.ReceiveEvents, handler);

    /// <summary>Opens the connection; a failure comes back as a <see cref="SignInException"/> with the sentence to show.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        Raise(ConnectionState.Connecting);
        try
        {
            await _connection.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Raise(ConnectionState.Disconnected);
            throw new SignInException($"cannot connect to the server at {Target.ServerText}: {HubErrorText.From(e)}", e);
        }
        catch
        {
            Raise(ConnectionState.Disconnected);
            throw;
        }

        Volatile.Read(ref _connected).TrySetResult();
        Raise(ConnectionState.Connected);
    }

    /// <summary>True once the connection is up, at once when it already is; false when it is still down after <paramref name="limit"/>.</summary>
    public async Task<bool> WaitUntilConnectedAsync(TimeSpan limit, CancellationToken cancellationToken = default)
    {
        var deadline = DateTimeOffset.UtcNow + limit;
        while (!IsConnected)
        {
            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            var signal = Volatile.Read(ref _connected).Task;
            try
            {
                // A signal already set belongs to the connection before the drop: wait for the transport to say so.
                await (signal.IsCompleted ? Task.Delay(StatePollInterval, cancellationToken) : signal.WaitAsync(left, cancellationToken)).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return false;
            }
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        Raise(ConnectionState.Disconnected);
        _stopping.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void WentDown(Exception? error)
    {
        if (Volatile.Read(ref _connected).Task.IsCompleted)
        {
            Volatile.Write(ref _connected, NewSignal());
        }

        Raise(ConnectionState.Reconnecting, error?.Message);
    }

    private async Task CameBackAsync()
    {
        Volatile.Read(ref _connected).TrySetResult();
        Raise(ConnectionState.Connected);
        if (BackOnline is { } backOnline && !_stopping.IsCancellationRequested)
        {
            await backOnline(_stopping.Token).ConfigureAwait(false);
        }
    }

    /// <summary>Why the connection stopped for good when the server ended this sign-in.</summary>
    public const string SignedOutReason = "the server ended this sign-in (signed out or expired): start the client again to sign in";

    // Automatic reconnect never gives up, but the server can close a connection for good: start it
    // again ourselves, with the same backoff. A refused sign-in is the exception: retrying cannot help.
    private async Task OnClosedAsync(Exception? error)
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        if (ForeverRetryPolicy.SignInRefused(error))
        {
            Raise(ConnectionState.Disconnected, SignedOutReason);
            return;
        }

        var stopping = _stopping.Token;
        WentDown(error);
        for (long attempt = 1; !stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                await Task.Delay(RetryPolicy.Delay(attempt), stopping).ConfigureAwait(false);
                await _connection.StartAsync(stopping).ConfigureAwait(false);
                await CameBackAsync().ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (ForeverRetryPolicy.SignInRefused(e))
            {
                Raise(ConnectionState.Disconnected, SignedOutReason);
                return;
            }
            catch (Exception) when (!stopping.IsCancellationRequested)
            {
                // Still down: keep trying.
            }
        }
    }

    private void Raise(ConnectionState state, string? reason = null) =>
        StateChanged?.Invoke(this, new ConnectionStateChangedEventArgs(state, reason));
}
