using Microsoft.AspNetCore.SignalR;
using TeamDrill.Grains.Players;

namespace TeamDrill.Server.Edge;

/// <summary>
/// The edge's side of the wrong-code limit. The player's grain counts every wrong code and says whether
/// they must wait, for every edge and connection alike; the edge asks it only for a code the connection
/// does not follow yet (joining, opening, resyncing a room), never on the calls of play.
/// </summary>
public sealed partial class WrongCodeGuard(IGrainFactory grains, TimeProvider time, ILogger<WrongCodeGuard> logger)
{
    /// <summary>
    /// Refuses, with when to come back, a blocked player's call on <paramref name="code"/>, unless the room is
    /// one of their own: a guesser still plays in their rooms.
    /// </summary>
    public async ValueTask CheckAsync(string playerId, string code)
    {
        var standing = await grains.GetGrain<IWrongCodeGrain>(playerId).Standing();
        if (!standing.IsBlockedAt(time.GetUtcNow()))
        {
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
            await grains.GetGrain<IWrongCodeGrain>(playerId).Record();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogRecordFailed(ex, playerId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count a wrong room code of player {PlayerId}")]
    private partial void LogRecordFailed(Exception exception, string playerId);
}
