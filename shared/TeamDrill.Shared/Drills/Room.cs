using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// The rules of a room and its drills, over a <see cref="RoomState"/>. Every action checks everything
/// first and throws <see cref="DrillRuleException"/> before it changes anything; when it succeeds it
/// appends events, each with its audience, and the state moves only by applying them
/// (<see cref="RoomTransitions"/>), so a room replayed from its journal ends where the live one did.
/// The rules live in one file per phase (Room.Lobby.cs, Room.Call.cs, Room.Scoring.cs, Room.Debrief.cs)
/// and what a player may read in Room.Reads.cs; this file holds the checks they share.
/// </summary>
public sealed partial class Room(RoomState state, RoomEventTail? tail = null)
{
    public RoomState State { get; } = state;

    /// <summary>The recent events, for reconnecting clients.</summary>
    public RoomEventTail Tail { get; } = tail ?? new RoomEventTail();

    private long NextSeq => State.Seq + 1;

    public bool IsMember(string playerId) => State.Members.Any(m => m.PlayerId == playerId);

    /// <summary>What every action and join of a cancelled room is refused with.</summary>
    public string CancelledMessage => State.CancelledReason.Length == 0 ? "" : CancelledMessageFor(State.CancelledReason);

    private static string CancelledMessageFor(string reason) => $"This drill was cancelled: {reason}.";

    /// <summary>Every action and join checks this first: a cancelled room takes no part in anything again.</summary>
    public void RequireNotCancelled()
    {
        if (State.CancelledReason.Length > 0)
        {
            throw new DrillRuleException(CancelledMessage);
        }
    }

    /// <summary>Applies the event (it must carry the next number) and keeps it for reconnecting clients.</summary>
    private StoredEvent Append(RoomEvent roomEvent, EventAudience? audience = null)
    {
        var stored = new StoredEvent
        {
            Event = roomEvent, Audience = audience ?? EventAudience.Everyone, ActorId = _acting?.PlayerId, ActionId = _acting?.ActionId,
        };
        RoomTransitions.Apply(State, stored);
        Tail.Add(stored);
        return stored;
    }

    private static void RequireRunning(DrillRecord drill)
    {
        if (drill.PausedAt is not null)
        {
            throw new DrillRuleException("The host has paused the call; wait until it resumes.");
        }
    }

    private RoomMember? Find(string playerId) => State.Members.FirstOrDefault(m => m.PlayerId == playerId);

    // A stranger gets the same sentence as for a code with no room (RoomNotOpenException), so it tells them nothing.
    private RoomMember Require(string playerId) => Find(playerId) ?? throw RoomNotOpenException.For(State.Code);

    /// <summary>Members and former members may read the room (its snapshot, events, history and debriefs); the banned may not.</summary>
    public bool CanRead(string playerId) => BanOf(playerId) is null && (IsMember(playerId) || State.FormerMembers.Contains(playerId));

    /// <summary>
    /// Only a member acts here: a removed member is told so, anyone else gets the refusal a missing room gets
    /// (so a stranger learns nothing, and a removed member's calls do not count as guessing codes).
    /// </summary>
    public void RequireMember(string playerId)
    {
        if (BanOf(playerId) is not null)
        {
            throw new DrillRuleException(BannedFromReading);
        }

        if (!IsMember(playerId))
        {
            throw RoomNotOpenException.For(State.Code);
        }
    }

    public void RequireReader(string playerId)
    {
        if (BanOf(playerId) is not null)
        {
            throw new DrillRuleException(BannedFromReading);
        }

        if (!CanRead(playerId))
        {
            throw RoomNotOpenException.For(State.Code);
        }
    }

    private RoomMember? FindByNameOrId(string player)
    {
        var wanted = TextSanitizer.Clean(player);
        return State.Members.FirstOrDefault(m => m.PlayerId == wanted)
            ?? State.Members.FirstOrDefault(m => string.Equals(m.Name, wanted, StringComparison.OrdinalIgnoreCase));
    }

    private void RequireHost(string actorId, string what)
    {
        Require(actorId);
        if (State.HostId != actorId)
        {
            var host = Find(State.HostId)?.Name ?? "the host";
            throw new DrillRuleException($"Only the host ({host}) can {what}.");
        }
    }

    private void RequireBetweenDrills(string message)
    {
        if (State.Phase is not (DrillPhase.Lobby or DrillPhase.Debrief))
        {
            throw new DrillRuleException($"{message}: the room is in {PhaseName(State.Phase)}.");
        }
    }

    private DrillRecord RequirePhase(DrillPhase phase, string what)
    {
        if (State.Phase != phase || State.Current is null)
        {
            throw new DrillRuleException($"You can {what} only during {PhaseName(phase)}; the room is in {PhaseName(State.Phase)}.");
        }

        return State.Current;
    }

    private List<MemberView> Views() => State.Members.Select(m => View(m, CurrentRole(m))).ToList();

    /// <summary>The members with the roles they are about to take.</summary>
    private List<MemberView> Views(Func<RoomMember, DrillRole> role) => State.Members.Select(m => View(m, role(m))).ToList();

    private MemberView View(RoomMember member, DrillRole role) => new()
    {
        PlayerId = member.PlayerId, Name = member.Name, Role = role, IsHost = member.PlayerId == State.HostId, IsMuted = IsMuted(member.PlayerId),
    };

    private DrillRole CurrentRole(RoomMember member)
    {
        if (State.Current is { } drill && State.Phase is DrillPhase.Call or DrillPhase.Scoring)
        {
            return drill.CustomerId == member.PlayerId ? DrillRole.Customer
                : drill.AgentId == member.PlayerId ? DrillRole.Agent
                : drill.ScorerIds.Contains(member.PlayerId) ? DrillRole.Scorer
                : DrillRole.None;
        }

        return member.Role;
    }

    public static string RoleName(DrillRole role) => role switch
    {
        DrillRole.Customer => "customer",
        DrillRole.Agent => "agent",
        DrillRole.Scorer => "scorer",
        _ => "watcher",
    };

    public static string PhaseName(DrillPhase phase) => phase switch
    {
        DrillPhase.Lobby => "the lobby",
        DrillPhase.Call => "the call",
        DrillPhase.Scoring => "scoring",
        DrillPhase.Debrief => "the debrief",
        _ => phase.ToString(),
    };
}
