using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// A player whose connection survives the loss of its edge or server the way the real client's does
/// (<c>DrillConnection</c> and <c>DrillSession</c>): when the connection closes it connects again (to
/// another edge if it knows one, with the same token), re-joins every room and asks for what it missed
/// with <c>Resync(code, lastSeq)</c>; pushes that arrive meanwhile are held and applied after, in
/// sequence order. Unlike the real client it never gives a room up and never applies held pushes past a
/// failed resync: the tests check the server, so this client is as strict as a client can be. What it
/// sees goes into one <see cref="RoomView"/> per room, which records anything a user would notice.
/// </summary>
public sealed class FailoverPlayer : IAsyncDisposable
{
    // The real client's policy with a lower cap: a test's servers come back within seconds.
    private static readonly ForeverRetryPolicy Backoff = new(TimeSpan.FromMilliseconds(500));
    private readonly EdgeAddresses _edges;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RoomView> _rooms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RoomEvent>> _held = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resyncing = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];
    private readonly Dictionary<HubConnection, WireLog> _wires = [];
    private readonly List<(string Room, string Problem)> _wireProblems = [];
    private readonly SemaphoreSlim _reconnectGate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private HubConnection _connection;
    private string _edge;
    private bool _reconnecting;
    private TaskCompletionSource _reconnectsAllowed = Allowed();

    private FailoverPlayer(EdgeAddresses edges, string edge, SignInResponse identity)
    {
        _edges = edges;
        _edge = edge;
        Identity = identity;
        _connection = Connect(edge);
    }

    public SignInResponse Identity { get; }

    public string Name => Identity.Name;

    /// <summary>The edge this player is (or was last) connected to.</summary>
    public string Edge
    {
        get
        {
            lock (_gate)
            {
                return _edge;
            }
        }
    }

    /// <summary>How many times this player connected again after losing its connection.</summary>
    public int Reconnects { get; private set; }

    /// <summary>Connected, and no room is waiting for its resync.</summary>
    public bool IsCaughtUp
    {
        get
        {
            lock (_gate)
            {
                return !_reconnecting && _connection.State == HubConnectionState.Connected && _resyncing.Count == 0;
            }
        }
    }

    /// <summary>What happened to the connection, for the test output when something fails.</summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            lock (_gate)
            {
                return [.. _notes];
            }
        }
    }

    /// <summary>Signs in at <paramref name="edge"/> (one of <paramref name="edges"/>) and connects there.</summary>
    public static async Task<FailoverPlayer> SignInAsync(EdgeAddresses edges, string edge, string name, string? token = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(edge), Timeout = TimeSpan.FromSeconds(30) };
        var response = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest(name, token));
        response.EnsureSuccessStatusCode();
        var identity = (await response.Content.ReadFromJsonAsync<SignInResponse>())!;
        var player = new FailoverPlayer(edges, edge, identity);
        await player._connection.StartAsync();
        return player;
    }

    public async Task<RoomSnapshot> CreateRoomAsync()
    {
        var snapshot = await InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New());
        Follow(snapshot);
        return snapshot;
    }

    public async Task<RoomSnapshot> JoinRoomAsync(string code)
    {
        var snapshot = await InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);
        Follow(snapshot);
        return snapshot;
    }

    /// <summary>One hub call on the current connection; it fails if the connection is down right now.</summary>
    public Task InvokeAsync(string method, params object?[] args) => Current.InvokeCoreAsync(method, args);

    public Task<T> InvokeAsync<T>(string method, params object?[] args) => Current.InvokeCoreAsync<T>(method, args);

    /// <summary>
    /// Keeps this player away after its connection drops, until <see cref="AllowReconnects"/>: a test
    /// uses it to be sure others talk while the player is gone (the real client's backoff does the same
    /// by chance).
    /// </summary>
    public void HoldReconnects()
    {
        lock (_gate)
        {
            _reconnectsAllowed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void AllowReconnects()
    {
        lock (_gate)
        {
            _reconnectsAllowed.TrySetResult();
        }
    }

    /// <summary>Reads this player's view of a room under the player's lock.</summary>
    public T Read<T>(string code, Func<RoomView, T> read)
    {
        lock (_gate)
        {
            return read(_rooms[code]);
        }
    }

    public IReadOnlyList<TranscriptMessage> TranscriptOf(string code) => Read(code, v => v.Transcript);

    /// <summary>What this player would have noticed in a room, and what its connections received that they should not have.</summary>
    public IReadOnlyList<string> ProblemsIn(string code)
    {
        lock (_gate)
        {
            return [.. _wireProblems.Where(p => p.Room == code).Select(p => p.Problem), .. _rooms[code].Problems];
        }
    }

    public long LastSeqOf(string code) => Read(code, v => v.LastSeq);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Current.DisposeAsync();
        _stopping.Dispose();
    }

    private static TaskCompletionSource Allowed()
    {
        var allowed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        allowed.SetResult();
        return allowed;
    }

    private HubConnection Current
    {
        get
        {
            lock (_gate)
            {
                return _connection;
            }
        }
    }

    private HubConnection Connect(string edge)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(edge + EdgeRoutes.Hub, o => o.AccessTokenProvider = () => Task.FromResult<string?>(Identity.Token))
            .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
            .Build();
        var wire = new WireLog();
        lock (_gate)
        {
            _wires[connection] = wire;
        }

        connection.On<string, RoomEvent[]>(HubCallbacks.ReceiveEvents, (code, events) => Receive(wire, code, events));
        connection.Closed += error =>
        {
            if (!_stopping.IsCancellationRequested)
            {
                _ = ReconnectAsync(connection, error);
            }

            return Task.CompletedTask;
        };
        return connection;
    }

    private void Follow(RoomSnapshot snapshot)
    {
        lock (_gate)
        {
            if (!_rooms.TryGetValue(snapshot.Code, out var view))
            {
                view = new RoomView(snapshot.Code, Name);
                _rooms[snapshot.Code] = view;
            }

            view.Adopt(snapshot, fromResync: false);
            DrainHeldLocked(snapshot.Code, view, resyncedAfter: null);
        }
    }

    private void Receive(WireLog wire, string code, RoomEvent[] events)
    {
        lock (_gate)
        {
            // One connection's pushes must come in strictly increasing order, whatever a resync gave meanwhile.
            foreach (var roomEvent in events)
            {
                if (wire.LastPushed.TryGetValue(code, out var last) && roomEvent.Seq <= last)
                {
                    _wireProblems.Add((code, $"{Name}'s connection received {roomEvent.GetType().Name} seq {roomEvent.Seq} of {code} after seq {last}: pushed twice or out of order."));
                }

                wire.LastPushed[code] = Math.Max(last, roomEvent.Seq);
            }

            foreach (var roomEvent in events.OrderBy(e => e.Seq))
            {
                if (!_rooms.TryGetValue(code, out var view) || _resyncing.Contains(code))
                {
                    if (!_held.TryGetValue(code, out var held))
                    {
                        held = [];
                        _held[code] = held;
                    }

                    held.Add(roomEvent);
                }
                else
                {
                    view.Apply(roomEvent, wire.ResyncedAfter.TryGetValue(code, out var after) ? after : null);
                }
            }
        }
    }

    private void DrainHeldLocked(string code, RoomView view, long? resyncedAfter)
    {
        if (_held.Remove(code, out var held))
        {
            foreach (var roomEvent in held.OrderBy(e => e.Seq))
            {
                view.Apply(roomEvent, resyncedAfter);
            }
        }
    }

    /// <summary>Connects again (the other edges first), then catches every room up; one at a time.</summary>
    private async Task ReconnectAsync(HubConnection closed, Exception? error)
    {
        await _reconnectGate.WaitAsync();
        try
        {
            lock (_gate)
            {
                if (closed != _connection || _stopping.IsCancellationRequested)
                {
                    return;
                }

                _reconnecting = true;
                NoteLocked($"connection to {_edge} closed ({error?.Message ?? "no error"})");
            }

            Task allowed;
            lock (_gate)
            {
                allowed = _reconnectsAllowed.Task;
            }

            await allowed.WaitAsync(_stopping.Token);
            for (long attempt = 1; !_stopping.IsCancellationRequested; attempt++)
            {
                await Task.Delay(Backoff.Delay(attempt - 1), _stopping.Token);
                var edge = _edges.ForReconnect(Edge, attempt);
                var next = Connect(edge);
                try
                {
                    await next.StartAsync(_stopping.Token);
                }
                catch (Exception exception) when (!_stopping.IsCancellationRequested)
                {
                    await next.DisposeAsync();
                    lock (_gate)
                    {
                        _wires.Remove(next);
                        NoteLocked($"could not connect to {edge}: {exception.Message}");
                    }

                    continue;
                }

                lock (_gate)
                {
                    _connection = next;
                    _edge = edge;
                    Reconnects++;
                    NoteLocked($"connected to {edge}");
                }

                await CatchUpAsync(next);
                return;
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        finally
        {
            lock (_gate)
            {
                _reconnecting = false;
            }

            _reconnectGate.Release();
        }
    }

    // Like DrillConnection.CatchUpAsync: a failed resync on a live connection is tried again with backoff;
    // a connection that closes meanwhile ends this attempt (its Closed handler starts the next one).
    private async Task CatchUpAsync(HubConnection connection)
    {
        for (long attempt = 1; !_stopping.IsCancellationRequested; attempt++)
        {
            string[] codes;
            lock (_gate)
            {
                codes = [.. _rooms.Keys];
                foreach (var code in codes)
                {
                    _resyncing.Add(code);
                }
            }

            var pending = new List<string>();
            foreach (var code in codes)
            {
                if (!await ResyncRoomAsync(connection, code))
                {
                    pending.Add(code);
                }
            }

            if (pending.Count == 0 || connection.State != HubConnectionState.Connected)
            {
                return;
            }

            await Task.Delay(Backoff.Delay(attempt), _stopping.Token);
        }
    }

    private async Task<bool> ResyncRoomAsync(HubConnection connection, string code)
    {
        long afterSeq;
        lock (_gate)
        {
            afterSeq = _rooms[code].LastSeq;
        }

        try
        {
            await connection.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);
            var result = await connection.InvokeAsync<ResyncResult>(nameof(IDrillHub.Resync), code, afterSeq);
            lock (_gate)
            {
                var view = _rooms[code];
                if (result.Snapshot is { } snapshot)
                {
                    view.Adopt(snapshot, fromResync: true);
                }

                foreach (var missed in result.Events.OrderBy(e => e.Seq))
                {
                    view.Apply(missed);
                }

                // Pushes released between the re-join and the resync repeat some of what the resync gave,
                // and may still be on their way after its answer (the edge sends them from a queue).
                DrainHeldLocked(code, view, resyncedAfter: afterSeq);
                _wires[connection].ResyncedAfter[code] = afterSeq;
                _resyncing.Remove(code);
                NoteLocked($"resynced {code} after seq {afterSeq}: {(result.Snapshot is null ? $"{result.Events.Count} events" : "a snapshot")}");
            }

            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Keep holding pushes: applying them now would skip whatever the failed resync would have given.
            Note($"resync of {code} after seq {afterSeq} failed: {exception.Message}");
            return false;
        }
    }

    private void Note(string what)
    {
        lock (_gate)
        {
            NoteLocked(what);
        }
    }

    private void NoteLocked(string what) => _notes.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {what}");

    /// <summary>What one connection has received, to check its pushes on their own.</summary>
    private sealed class WireLog
    {
        public Dictionary<string, long> LastPushed { get; } = new(StringComparer.Ordinal);

        /// <summary>Rooms re-joined and resynced on this connection, and from where: pushes may repeat what the resync gave.</summary>
        public Dictionary<string, long> ResyncedAfter { get; } = new(StringComparer.Ordinal);
    }
}
