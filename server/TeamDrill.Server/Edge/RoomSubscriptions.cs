using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TeamDrill.Grains.Rooms;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Keeps this edge subscribed to every room a local connection follows. Subscriptions expire in the
/// grain, so a loop renews them; that also restores them after a silo restart.
/// </summary>
public sealed partial class RoomSubscriptions(
    IGrainFactory grains,
    RoomGrains rooms,
    RoomEventRouter router,
    ConnectionRegistry registry,
    IOptions<RoomOptions> roomOptions,
    ILogger<RoomSubscriptions> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, byte> _subscribed = new(StringComparer.Ordinal);
    private IRoomObserver? _reference;

    private IRoomObserver Reference => _reference ??= grains.CreateObjectReference<IRoomObserver>(router);

    /// <summary>Subscribes now if this edge is not yet subscribed; awaited before the first call that can emit events.</summary>
    public async Task EnsureAsync(string roomCode)
    {
        if (_subscribed.ContainsKey(roomCode))
        {
            return;
        }

        await rooms.Get(roomCode).Subscribe(Reference);
        _subscribed[roomCode] = 0;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = roomOptions.Value.ObserverExpiry / 3;
        using var timer = new PeriodicTimer(period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var followed = registry.FollowedRooms();
            foreach (var room in _subscribed.Keys.Where(r => !followed.Contains(r)))
            {
                _subscribed.TryRemove(room, out _);
            }

            foreach (var room in followed)
            {
                try
                {
                    await rooms.Get(room).Subscribe(Reference);
                    _subscribed[room] = 0;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogRenewFailed(ex, room);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the subscription to room {RoomCode}")]
    private partial void LogRenewFailed(Exception exception, string roomCode);
}
