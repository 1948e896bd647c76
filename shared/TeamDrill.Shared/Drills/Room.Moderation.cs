using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// The host's moderation: removing a member bans them (they leave, and may neither join nor read the
/// room until the host lifts the ban); muting keeps a member in the room but refuses everything they
/// would say or score. Only the host moderates, never themselves, in any phase.
/// </summary>
public sealed partial class Room
{
    public bool IsMuted(string playerId) => State.Muted.Contains(playerId);

    public BannedMember? BanOf(string playerId) => State.Banned.Find(b => b.PlayerId == playerId);

    private string BannedFromJoining => $"The host removed you from room {State.Code}; you can join again only once the host lifts the ban.";

    private string BannedFromReading => $"The host removed you from room {State.Code}; you can no longer see it.";

    /// <summary>Takes a member out of the room and bans them; not the customer or the agent while their call runs.</summary>
    public IReadOnlyList<StoredEvent> RemoveMember(string actorId, string player, DateTimeOffset now)
    {
        RequireHost(actorId, "remove a member");
        var target = FindByNameOrId(player)
            ?? throw new DrillRuleException($"Nobody called '{TextSanitizer.Clean(player)}' is in room {State.Code}.");
        if (target.PlayerId == actorId)
        {
            throw new DrillRuleException("You cannot remove yourself; leave the room instead.");
        }

        if (State.Current is { } drill && State.Phase == DrillPhase.Call && (drill.CustomerId == target.PlayerId || drill.AgentId == target.PlayerId))
        {
            throw new DrillRuleException($"{target.Name} is on the call: end it (/endnow) before removing them.");
        }

        return [Append(new MemberBanned { Seq = NextSeq, At = now, PlayerId = target.PlayerId, Name = target.Name })];
    }

    /// <summary>Lifts a ban: the player may join again (and read the room's history, like anyone who left).</summary>
    public IReadOnlyList<StoredEvent> UnbanMember(string actorId, string player, DateTimeOffset now)
    {
        RequireHost(actorId, "lift a ban");
        var wanted = TextSanitizer.Clean(player);
        var ban = State.Banned.Find(b => b.PlayerId == wanted)
            ?? State.Banned.Find(b => string.Equals(b.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new DrillRuleException($"Nobody called '{wanted}' is banned from room {State.Code}.");
        return [Append(new MemberUnbanned { Seq = NextSeq, At = now, PlayerId = ban.PlayerId, Name = ban.Name })];
    }

    public IReadOnlyList<StoredEvent> MuteMember(string actorId, string player, DateTimeOffset now)
    {
        var target = RequireModerated(actorId, player, "mute a member");
        if (target.PlayerId == actorId)
        {
            throw new DrillRuleException("You cannot mute yourself.");
        }

        if (IsMuted(target.PlayerId))
        {
            throw new DrillRuleException($"{target.Name} is already muted.");
        }

        return [Append(new MemberMuted { Seq = NextSeq, At = now, PlayerId = target.PlayerId, Name = target.Name })];
    }

    public IReadOnlyList<StoredEvent> UnmuteMember(string actorId, string player, DateTimeOffset now)
    {
        var target = RequireModerated(actorId, player, "unmute a member");
        if (!IsMuted(target.PlayerId))
        {
            throw new DrillRuleException($"{target.Name} is not muted.");
        }

        return [Append(new MemberUnmuted { Seq = NextSeq, At = now, PlayerId = target.PlayerId, Name = target.Name })];
    }

    /// <summary>Everything a member says or scores checks this, after the checks of who and when.</summary>
    private void RequireNotMuted(string actorId, string what)
    {
        if (IsMuted(actorId))
        {
            throw new DrillRuleException($"The host has muted you: you cannot {what} until they unmute you.");
        }
    }

    /// <summary>
    /// A banned player may still read the drills they played that finished before the ban (their own
    /// debriefs, through history); any other drill of the room is refused.
    /// </summary>
    public void RequireDrillReader(string playerId, int drillNumber, IReadOnlyList<MemberView>? participants = null)
    {
        if (BanOf(playerId) is not { } ban)
        {
            RequireReader(playerId);
            return;
        }

        if (drillNumber > ban.FinishedDrillsBefore || (participants is not null && !participants.Any(p => p.PlayerId == playerId)))
        {
            throw new DrillRuleException($"The host removed you from room {State.Code}; you can read only the drills you played before that.");
        }
    }

    private RoomMember RequireModerated(string actorId, string player, string what)
    {
        RequireHost(actorId, what);
        return FindByNameOrId(player)
            ?? throw new DrillRuleException($"Nobody called '{TextSanitizer.Clean(player)}' is in room {State.Code}.");
    }
}
