using TeamDrill.Grains.Watching;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Rooms;

/// <summary>Projector links: the room's rules decide (host only), the link grain keeps the key's hash.</summary>
public sealed partial class RoomGrain
{
    private IWatchLinkGrain WatchLink => GrainFactory.GetGrain<IWatchLinkGrain>(Code);

    public async Task OpenWatchLink(string actorId, string keyHash)
    {
        var replacing = await WatchLink.IsOpen();
        await Act(room => room.OpenWatchLink(actorId, replacing, Now));
        await WatchLink.Open(keyHash);
    }

    public async Task CloseWatchLink(string actorId)
    {
        var open = await WatchLink.IsOpen();
        await Act(room => room.CloseWatchLink(actorId, open, Now), evenIfCancelled: true);
        await WatchLink.Close();
    }

    public async Task<RoomSnapshot> WatchSnapshot(string keyHash)
    {
        var room = (await Current()).Room;
        if (!await WatchLink.Matches(keyHash))
        {
            throw new DrillRuleException(WatchLinkRefusal.Revoked);
        }

        return room.WatcherSnapshot();
    }
}
