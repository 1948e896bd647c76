using Microsoft.AspNetCore.SignalR;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Session;

/// <summary>
/// One signed-in player's view of the rooms it is in: applies pushed events in sequence order, drops
/// duplicates, and after a reconnect re-joins every room and fetches what it missed. Knows nothing of
/// the transport (it talks to an <see cref="IDrillHub"/>) and nothing of the screen (it raises events).
/// Event handlers run on the thread that delivered the event, in order; they must not block.
/// </summary>
public sealed class DrillSession
{
    // Events for a room whose snapshot has not arrived yet (a push can overtake the JoinRoom answer).
    private const int MaxEarlyEventsPerRoom = 1000;

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _resyncGate = new(1, 1);
    private readonly Dictionary<string, SeenRoom> _rooms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<RoomEvent>> _held = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _resyncing = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _leaving = new(StringComparer.OrdinalIgnoreCase);
    private ConnectionState _connectionState = ConnectionState.Disconnected;

    public DrillSession(IDrillHub hub, string playerId, string playerName)
    {
        Hub = hub;
        PlayerId = playerId;
        PlayerName = playerName;
    }

    /// <summary>The hub, for calls that do not change which rooms this session follows.</summary>
    public IDrillHub Hub { get; }
    public string PlayerId { get; }
    public string PlayerName { get; }

    public event EventHandler<RoomEventAppliedEventArgs>? EventApplied;
    public event EventHandler<RoomSnapshotAppliedEventArgs>? SnapshotApplied;
    public event EventHandler<RoomLeftEventArgs>? RoomLeft;
    public event EventHandler<ConnectionStateChangedEventArgs>? ConnectionStateChanged;
    public event EventHandler<SessionErrorEventArgs>? BackgroundError;

    public ConnectionState ConnectionState
    {
        get
        {
            lock (_gate)
            {
                return _connectionState;
            }
        }
    }

    public IReadOnlyList<string> RoomCodes
    {
        get
        {
            lock (_gate)
            {
                return [.. _rooms.Keys];
            }
        }
    }

    public SeenRoom? GetRoom(string code)
    {
        lock (_gate)
        {
            return _rooms.GetValueOrDefault(code);
        }
    }

    public async Task<SeenRoom> CreateRoomAsync()
    {
        var snapshot = await Hub.CreateRoom(ActionIds.New()).ConfigureAwait(false);
        return Adopt(snapshot, SnapshotReason.Created);
    }

    public async Task<SeenRoom> JoinRoomAsync(string code)
    {
        var snapshot = await Hub.JoinRoom(code).ConfigureAwait(false);
        return Adopt(snapshot, SnapshotReason.Joined);
    }

    public async Task LeaveRoomAsync(string code)
    {
        lock (_gate)
        {
            _leaving.Add(code);
        }

        try
        {
            await Hub.LeaveRoom(code, ActionIds.New()).ConfigureAwait(false);
            Forget(code, error: null);
        }
        finally
        {
            lock (_gate)
            {
                _leaving.Remove(code);
            }
        }
    }

    /// <summary>Called for every batch of events the hub pushes (<see cref="IDrillClient.ReceiveEvents"/>).</summary>
    public void Receive(string roomCode, IReadOnlyList<RoomEvent> events)
    {
        lock (_gate)
        {
            foreach (var roomEvent in events.OrderBy(e => e.Seq))
            {
                ReceiveLocked(roomCode, roomEvent);
            }
        }
    }

    public void Receive(string roomCode, RoomEvent roomEvent) => Receive(roomCode, [roomEvent]);

    public void SetConnectionState(ConnectionState state, string? reason = null)
    {
        lock (_gate)
        {
            if (_connectionState == state)
            {
                return;
            }

            _connectionState = state;
            ConnectionStateChanged?.Invoke(this, new ConnectionStateChangedEventArgs(state, reason));
        }
    }

    /// <summary>
    /// After a reconnect or a restart of the connection: re-join every room (idempotent for members;
    /// a new connection has lost its groups) and apply what was missed since the last applied sequence
    /// number. Live events that arrive meanwhile are held and applied after, so nothing is applied out
    /// of order. Ends in <see cref="ConnectionState.Resynced"/> when every room caught up.
    /// </summary>
    /// <returns>False when some room could not be brought up to date (the caller may retry).</returns>
    public async Task<bool> ResyncAllAsync(CancellationToken cancellationToken = default)
    {
        await _resyncGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var allCaughtUp = true;
            foreach (var code in RoomCodes)
            {
                allCaughtUp &= await ResyncRoomAsync(code).ConfigureAwait(false);
            }

            if (allCaughtUp)
            {
                SetConnectionState(ConnectionState.Resynced);
            }

            return allCaughtUp;
        }
        finally
        {
            _resyncGate.Release();
        }
    }

    private async Task<bool> ResyncRoomAsync(string code)
    {
        long afterSeq;
        lock (_gate)
        {
            if (!_rooms.TryGetValue(code, out var state))
            {
                return true;
            }

            afterSeq = state.LastSeq;
            _resyncing.Add(code);
        }

        try
        {
            await Hub.JoinRoom(code).ConfigureAwait(false);
            var result = await Hub.Resync(code, afterSeq).ConfigureAwait(false);
            lock (_gate)
            {
                _resyncing.Remove(code);
                if (!_rooms.ContainsKey(code))
                {
                    return true;
                }

                if (result.Snapshot is { } snapshot)
                {
                    ReplaceLocked(snapshot, SnapshotReason.Resync);
                }

                foreach (var missed in result.Events.OrderBy(e => e.Seq))
                {
                    ApplyLocked(code, missed);
                }

                DrainHeldLocked(code);
            }

            return true;
        }
        catch (HubException e) when (!HubErrorText.IsRetryable(e))
        {
            // The server refused the room (it is gone, or this player was removed): stop following it.
            lock (_gate)
            {
                _resyncing.Remove(code);
            }

            Forget(code, HubErrorText.From(e));
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The connection dropped again, or the room could not be reached: the caller tries again from
            // the same number. Live events stay held meanwhile: applied now, they would sit after a hole.
            BackgroundError?.Invoke(this, new SessionErrorEventArgs($"resync of room {code} failed: {HubErrorText.From(e)}"));
            return false;
        }
    }

    private SeenRoom Adopt(RoomSnapshot snapshot, SnapshotReason reason)
    {
        lock (_gate)
        {
            // A push can overtake the answer that carries the snapshot: an older snapshot changes nothing.
            if (_rooms.TryGetValue(snapshot.Code, out var known) && known.LastSeq > snapshot.Seq)
            {
                return known;
            }

            var state = ReplaceLocked(snapshot, reason);
            DrainHeldLocked(snapshot.Code);
            return _rooms.GetValueOrDefault(snapshot.Code) ?? state;
        }
    }

    private void Forget(string code, string? error)
    {
        lock (_gate)
        {
            var known = _rooms.Remove(code);
            _held.Remove(code);
            _resyncing.Remove(code);
            if (known)
            {
                RoomLeft?.Invoke(this, new RoomLeftEventArgs(code, error));
            }
        }
    }

    private SeenRoom ReplaceLocked(RoomSnapshot snapshot, SnapshotReason reason)
    {
        var state = SeenRoom.FromSnapshot(snapshot, PlayerId);
        _rooms[snapshot.Code] = state;
        SnapshotApplied?.Invoke(this, new RoomSnapshotAppliedEventArgs(state, reason));
        return state;
    }

    private void ApplyLocked(string code, RoomEvent roomEvent)
    {
        var before = _rooms[code];
        var after = before.Apply(roomEvent);
        if (ReferenceEquals(before, after))
        {
            return;
        }

        _rooms[code] = after;
        EventApplied?.Invoke(this, new RoomEventAppliedEventArgs(roomEvent, before, after));

        // Leaving on purpose is quiet; being removed by someone else is news.
        if (roomEvent is MemberLeft left && left.PlayerId == PlayerId)
        {
            Forget(code, _leaving.Contains(code) ? null : $"you are no longer a member of room {code}");
        }
        else if (roomEvent is MemberBanned banned && banned.PlayerId == PlayerId)
        {
            Forget(code, $"the host removed you from room {code}; you cannot rejoin unless the host lifts the ban");
        }
    }

    private void ReceiveLocked(string roomCode, RoomEvent roomEvent)
    {
        if (!_rooms.ContainsKey(roomCode) || _resyncing.Contains(roomCode))
        {
            Hold(roomCode, roomEvent);
            return;
        }

        ApplyLocked(roomCode, roomEvent);
    }

    private void Hold(string code, RoomEvent roomEvent)
    {
        if (!_held.TryGetValue(code, out var list))
        {
            list = [];
            _held[code] = list;
        }

        if (list.Count < MaxEarlyEventsPerRoom)
        {
            list.Add(roomEvent);
        }
    }

    private void DrainHeldLocked(string code)
    {
        if (!_held.Remove(code, out var held) || !_rooms.ContainsKey(code))
        {
            return;
        }

        foreach (var roomEvent in held.OrderBy(e => e.Seq))
        {
            ApplyLocked(code, roomEvent);
        }
    }
}
