using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>Projector links: the host opens or revokes one, and the room hears of it (never its key).</summary>
public sealed partial class Room
{
    /// <summary>
    /// Host only, in any phase. When a link is already open it is revoked first, so pages showing the old
    /// link stop before the new one works.
    /// </summary>
    public IReadOnlyList<StoredEvent> OpenWatchLink(string actorId, bool replacing, DateTimeOffset now)
    {
        RequireNotCancelled();
        RequireHost(actorId, "open a projector link");
        var name = Require(actorId).Name;
        var events = new List<StoredEvent>();
        if (replacing)
        {
            events.Add(Append(new WatchLinkClosed { Seq = NextSeq, At = now, ByName = name }));
        }

        events.Add(Append(new WatchLinkOpened { Seq = NextSeq, At = now, ByName = name }));
        return events;
    }

    /// <summary>Host only: the open link stops working and every page showing it stops updating.</summary>
    public IReadOnlyList<StoredEvent> CloseWatchLink(string actorId, bool open, DateTimeOffset now)
    {
        RequireHost(actorId, "revoke the projector link");
        if (!open)
        {
            throw new DrillRuleException($"Room {State.Code} has no projector link open; /projector opens one.");
        }

        return [Append(new WatchLinkClosed { Seq = NextSeq, At = now, ByName = Require(actorId).Name })];
    }
}
