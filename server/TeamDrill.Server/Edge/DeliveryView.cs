using TeamDrill.Grains.Rooms;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// What one player sees of a room's deliveries: a bit per delivery it may see, and whether it stops
/// following the room (it left or was removed: it hears that much, then nothing more). Players whose
/// views are equal receive the same serialized message.
/// </summary>
public readonly record struct DeliveryView(ulong Mask, bool StopsFollowing)
{
    /// <summary>Views are shared by mask, so a batch of more deliveries than bits is never shared.</summary>
    public const int MaxShared = 64;

    public static DeliveryView For(string playerId, IReadOnlyList<RoomDelivery> deliveries)
    {
        ulong mask = 0;
        for (var i = 0; i < deliveries.Count && i < MaxShared; i++)
        {
            var delivery = deliveries[i];
            if (delivery.OnlyPlayers is null || Contains(delivery.OnlyPlayers, playerId))
            {
                mask |= 1UL << i;
            }

            // Leaving and being removed both end what this player hears of the room.
            var leaver = delivery.Event switch { MemberLeft left => left.PlayerId, MemberBanned banned => banned.PlayerId, _ => null };
            if (leaver == playerId)
            {
                return new DeliveryView(mask, StopsFollowing: true);
            }

            // A projector hears that its link was revoked, then nothing more.
            if (delivery.Event is WatchLinkClosed && WatcherIds.IsWatcher(playerId))
            {
                return new DeliveryView(mask, StopsFollowing: true);
            }
        }

        return new DeliveryView(mask, StopsFollowing: false);
    }

    public RoomEvent[] Events(IReadOnlyList<RoomDelivery> deliveries)
    {
        var events = new RoomEvent[System.Numerics.BitOperations.PopCount(Mask)];
        var next = 0;
        for (var i = 0; i < deliveries.Count && i < MaxShared; i++)
        {
            if ((Mask & (1UL << i)) != 0)
            {
                events[next++] = deliveries[i].Event;
            }
        }

        return events;
    }

    private static bool Contains(IReadOnlyList<string> players, string playerId)
    {
        for (var i = 0; i < players.Count; i++)
        {
            if (players[i] == playerId)
            {
                return true;
            }
        }

        return false;
    }
}
