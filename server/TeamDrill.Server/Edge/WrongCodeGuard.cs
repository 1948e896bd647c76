using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using TeamDrill.Grains.Players;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// The edge's side of the wrong-code limit. The player's grain counts every wrong code, from any edge or
/// connection; this edge remembers who is blocked, so while they wait their calls on codes stop here.
/// </summary>
public sealed partial class WrongCodeGuard(IGrainFactory grains, TimeProvider time, ILogger<WrongCodeGuard> logger)
{
    private readonly ConcurrentDictionary<string, WrongCodeStanding> _blocked = new(StringComparer.Ordinal);

    /// <summary>
    /// Refuses, with when to come back, a blocked player's call on <paramref name="code"/>, unless the room is
    /// one of their own: a guesser still plays in their rooms (asked of their grain, and only while blocked).
    /// </summary>
    public async ValueTask CheckAsync(string playerId, string code)
    {
        if (!_blocked.TryGetValue(playerId, out var standing))
        {
            return;
        }

        if (!standing.IsBlockedAt(time.GetUtcNow()))
        {
            _blocked.TryRemove(new KeyValuePair<string, WrongCodeStanding>(playerId, standing));
            return;
        }

        if ((await grains.GetGrain<IPlayerGrain>(playerId).GetRooms()).Contains(code))
        {
            return;
        }

        throw new HubException(standing.Refusal(time.GetUtcNow()));
    }

    /// <summary>Counts a wrong code of the player's; a failure to count is not the caller's problem, so it is only logged.</summary>
    public async Task Record(string playerId)
    {
        try
        {
            var standing = await grains.GetGrain<IWrongCodeGrain>(playerId).Record();
            if (standing.IsBlockedAt(time.GetUtcNow()))
            {
                _blocked[playerId] = standing;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogRecordFailed(ex, playerId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count a wrong room code of player {PlayerId}")]
    private partial void LogRecordFailed(Exception exception, string playerId);
}
