using Microsoft.Extensions.Options;
using TeamDrill.Grains.Rooms;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Keeps this edge subscribed to every room a local connection follows. Subscriptions expire in the
/// grain, and a room that moves to another silo forgets them, so a loop renews them every few seconds;
/// each renewal answers with the room's last event number, and the router catches up on anything the
/// edge missed meanwhile.
/// </summary>
public sealed partial class RoomSubscriptions(
    IGrainFactory grains,
    RoomGrains rooms,
    RoomEventRouter router,
    ConnectionRegistry registry,
    IOptions<RoomOptions> roomOptions,
    ILogger<RoomSubscriptions> logger) : BackgroundService
{
    /// <summary>How often subscriptions are renewed at most: also how long a moved room can go unheard.</summary>
    public static readonly TimeSpan LongestRenewal = TimeSpan.FromSeconds(5);

    private const int Slices = 20;

    // A renewal to a room on a silo that just died can hang until Orleans gives up; never wait that long.
    private static readonly TimeSpan RenewalTimeout = TimeSpan.FromSeconds(4);

    private IRoomObserver? _reference;

    private IRoomObserver Reference => _reference ??= grains.CreateObjectReference<IRoomObserver>(router);

    /// <summary>Subscribes now if this edge is not yet subscribed; awaited before the first call that can emit events.</summary>
    public async Task EnsureAsync(string roomCode)
    {
        if (router.Follows(roomCode))
        {
            return;
        }

        router.Subscribed(roomCode, await rooms.Get(roomCode).Subscribe(Reference));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Each room is renewed once a period, but the rooms are spread over the period in slices, so a
        // thousand renewals never land in the same moment (they showed as latency spikes).
        var expiry = roomOptions.Value.ObserverExpiry / 3;
        var period = expiry < LongestRenewal ? expiry : LongestRenewal;
        using var timer = new PeriodicTimer(period / Slices);
        var renewed = new HashSet<string>(StringComparer.Ordinal);
        var slice = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var followed = registry.FollowedRooms();
            if (slice == 0)
            {
                foreach (var room in renewed.Where(r => !followed.Contains(r)).ToList())
                {
                    router.Forget(room);
                    renewed.Remove(room);
                }
            }

            var due = followed.Where(room => (StringComparer.Ordinal.GetHashCode(room) & int.MaxValue) % Slices == slice).ToList();
            slice = (slice + 1) % Slices;
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = stoppingToken }, async (room, ct) =>
            {
                try
                {
                    router.Subscribed(room, await rooms.Get(room).Subscribe(Reference).WaitAsync(RenewalTimeout, ct));
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    LogRenewFailed(ex, room);
                }
            });
            renewed.UnionWith(due);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the subscription to room {RoomCode}; trying again in a few seconds")]
    private partial void LogRenewFailed(Exception exception, string roomCode);
}
