using Microsoft.AspNetCore.SignalR;
using TeamDrill.Server.Edge.Watching;
using TeamDrill.Server.Web;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>Projector links: the host opens and revokes one; the projector page watches with it.</summary>
public sealed partial class DrillHub
{
    /// <summary>Host only, any phase: a new projector link (the address of its page); an open one is revoked.</summary>
    public async Task<string> CreateWatchLink(string code)
    {
        code = RoomCodes.Normalize(code);
        var key = WatchToken.NewKey();
        await Room(code).OpenWatchLink(PlayerId, TokenHashing.Hash(key));
        var http = Context.GetHttpContext() ?? throw new HubException("This connection has no address to build a link from.");
        return WebAddresses.Of(http).WatchUrl(http.Request, code, key);
    }

    /// <summary>Host only: the open projector link stops working and its pages say so.</summary>
    public Task RevokeWatchLink(string code) => Room(RoomCodes.Normalize(code)).CloseWatchLink(PlayerId);

    /// <summary>
    /// Projector links only: the room as every member sees it, and from then on its events (public ones
    /// only: the connection is nobody in particular, so <see cref="DeliveryView"/> gives it nothing private).
    /// </summary>
    public Task<RoomSnapshot> WatchRoom(string code)
    {
        var room = Context.User?.FindFirst(WatchAuthenticationHandler.RoomClaim)?.Value;
        var keyHash = Context.User?.FindFirst(WatchAuthenticationHandler.KeyHashClaim)?.Value;
        if (room is null || keyHash is null)
        {
            throw new HubException("WatchRoom is for projector links; members read their room with GetRoom.");
        }

        code = RoomCodes.Normalize(code);
        if (code != room)
        {
            throw new HubException($"This projector link is for room {room}, not {code}.");
        }

        return Follow(code, () => Room(code).WatchSnapshot(keyHash), s => s.Seq);
    }
}
