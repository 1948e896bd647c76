using Microsoft.AspNetCore.SignalR;
using TeamDrill.Grains.Leagues;
using TeamDrill.Grains.Players;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Sign-outs and one person's data. A player signs out their own sign-in; signing out, exporting or erasing
/// someone else is for facilitators. Connections on this edge whose token is signed out close at once;
/// other edges refuse them at their next call (<see cref="TokenCheckFilter"/>).
/// </summary>
public sealed partial class DrillHub : IPlayerHub
{
    public async Task SignOut()
    {
        var hash = Context.User?.FindFirst(TokenAuthenticationHandler.TokenHashClaim)?.Value
            ?? throw new HubException("This connection has no sign-in to end.");
        await grains.GetGrain<ISessionTokenGrain>(hash).Revoke();
        Ended([hash]);
    }

    public async Task<int> SignOutPlayer(string player)
    {
        var revoked = await records.SignOut(await FacilitatorFinds(player), PlayerId);
        Ended(revoked);
        return revoked.Count;
    }

    public async Task<string> ExportPlayer(string player) => await records.ExportJson(await FacilitatorFinds(player), PlayerId);

    public async Task<string> ErasePlayer(string player)
    {
        var (label, revoked) = await records.Erase(await FacilitatorFinds(player), PlayerId);
        Ended(revoked);
        return label;
    }

    private async Task<string> FacilitatorFinds(string player)
    {
        if (!await grains.GetGrain<IFacilitatorGrain>(PlayerId).IsFacilitator())
        {
            throw new DrillRuleException(
                "Only a facilitator can sign out, export or erase a player: claim the server's facilitator key first (teamdrill league claim KEY).");
        }

        return await lookup.Find(player);
    }

    /// <summary>The tokens are refused from now on at this edge, and this edge's other connections that use them close.</summary>
    private void Ended(IReadOnlyList<string> tokenHashes)
    {
        players.Forget(tokenHashes);
        tokenConnections.Close(tokenHashes, except: Context.ConnectionId);
    }
}
