using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>Between drills: creating the room, joining and leaving, roles, starting a drill, cancelling a league room.</summary>
public sealed partial class Room
{
    /// <summary>A new room with its host; <paramref name="actionId"/> marks the host's creating action, so its retry finds this room.</summary>
    public static Room Create(string code, string hostId, string hostName, DateTimeOffset now, string? actionId = null)
    {
        var room = new Room(new RoomState { Code = code, HostId = hostId, CreatedAt = now });
        if (actionId is null)
        {
            room.Admit(hostId, hostName, now);
        }
        else
        {
            room.Once(hostId, actionId, r => r.Admit(hostId, hostName, now));
        }

        return room;
    }

    /// <summary>
    /// A league round's room: the facilitator hosts and watches (sees the tag stream live), the members
    /// arrive with their roles, and no coach hints are shown (a league drill counts).
    /// </summary>
    public static Room CreateForLeague(
        string code, string leagueId, string hostId, string hostName, IReadOnlyList<(string PlayerId, string Name, DrillRole Role)> members, DateTimeOffset now)
    {
        if (members.Count(m => m.Role == DrillRole.Customer) != 1 || members.Count(m => m.Role == DrillRole.Agent) != 1
            || !members.Any(m => m.Role == DrillRole.Scorer) || members.Any(m => m.PlayerId == hostId))
        {
            throw new DrillRuleException("A league room needs one customer, one agent, at least one scorer, and a facilitator who is none of them.");
        }

        // Practice and league are facts of the new room itself, kept by its first snapshot.
        var room = Create(code, hostId, hostName, now);
        room.State.Practice = false;
        room.State.LeagueId = leagueId;
        foreach (var (playerId, name, _) in members)
        {
            room.Admit(playerId, name, now);
        }

        var roles = members.ToDictionary(m => m.PlayerId, m => m.Role);
        room.Append(new RolesAssigned
        {
            Seq = room.NextSeq, At = now, Members = room.Views(m => roles.GetValueOrDefault(m.PlayerId, DrillRole.None)),
        });
        return room;
    }

    /// <summary>
    /// The league's facilitator takes back a room whose round did not start. The drill ends with no
    /// debrief, so nothing reaches the league; from then on the room only answers reads
    /// (<see cref="RequireNotCancelled"/>). Cancelling twice changes nothing.
    /// </summary>
    public IReadOnlyList<StoredEvent> CancelLeagueRoom(string actorId, string reason, DateTimeOffset now)
    {
        if (State.LeagueId.Length == 0)
        {
            throw new DrillRuleException("Only a league room can be cancelled; in a practice room the host ends the call instead (/endnow).");
        }

        RequireHost(actorId, "cancel this league room");
        if (State.CancelledReason.Length > 0)
        {
            return [];
        }

        var clean = TextSanitizer.Clean(reason).Trim().TrimEnd('.');
        var why = clean.Length == 0 ? "the facilitator cancelled it" : clean;
        return [Append(new DrillCancelled { Seq = NextSeq, At = now, Reason = why, Message = CancelledMessageFor(why) })];
    }

    /// <summary>
    /// Joining twice is harmless: a reconnecting client joins again and gets no new event. Someone new is
    /// refused once the room holds <paramref name="maxMembers"/> (the server's setting).
    /// </summary>
    public IReadOnlyList<StoredEvent> Join(string playerId, string name, DateTimeOffset now, int maxMembers)
    {
        if (Find(playerId) is not null)
        {
            return [];
        }

        if (BanOf(playerId) is not null)
        {
            throw new DrillRuleException(BannedFromJoining);
        }

        if (State.Members.Count >= maxMembers)
        {
            throw new DrillRuleException($"Room {State.Code} is full ({maxMembers} members).");
        }

        return Admit(playerId, name, now);
    }

    /// <summary>
    /// Lets a member in. The limit applies to people who walk in (<see cref="Join"/>), not to the host and
    /// the members a league room is founded with (<see cref="Leagues.RoomSizing"/> keeps those rooms small).
    /// </summary>
    private IReadOnlyList<StoredEvent> Admit(string playerId, string name, DateTimeOffset now)
    {
        if (Find(playerId) is not null)
        {
            return [];
        }

        var member = new MemberView
        {
            PlayerId = playerId,
            Name = UniqueName(NameRules.Clean(name)),
            // Someone who arrives during a drill watches it; in the lobby they score by default.
            Role = State.Phase is DrillPhase.Lobby or DrillPhase.Debrief ? DrillRole.Scorer : DrillRole.None,
            // An emptied room goes to whoever comes back first.
            IsHost = State.HostId.Length == 0 || State.HostId == playerId,
        };
        return [Append(new MemberJoined { Seq = NextSeq, At = now, Member = member })];
    }

    public IReadOnlyList<StoredEvent> Leave(string playerId, DateTimeOffset now)
    {
        var member = Require(playerId);
        if (State.Current is { } drill && State.Phase == DrillPhase.Call && (drill.CustomerId == playerId || drill.AgentId == playerId))
        {
            throw new DrillRuleException("You are on the call: end it before you leave the room.");
        }

        var host = State.HostId != playerId
            ? State.HostId
            : State.Members.Where(m => m != member).OrderBy(m => m.JoinedAt).FirstOrDefault()?.PlayerId ?? "";
        return [Append(new MemberLeft { Seq = NextSeq, At = now, PlayerId = playerId, Name = member.Name, HostId = host })];
    }

    public IReadOnlyList<StoredEvent> AssignRole(string actorId, string player, DrillRole role, DateTimeOffset now)
    {
        RequireHost(actorId, "assign roles");
        RequireBetweenDrills("Roles can only change between drills");
        var target = FindByNameOrId(player)
            ?? throw new DrillRuleException($"Nobody called '{TextSanitizer.Clean(player)}' is in room {State.Code}.");
        if (role is DrillRole.Customer or DrillRole.Agent)
        {
            var holder = State.Members.FirstOrDefault(m => m.Role == role && m != target);
            if (holder is not null && IsMuted(holder.PlayerId))
            {
                // A muted customer or agent is replaced at once: they watch the next drill.
                return [Append(new RolesAssigned
                {
                    Seq = NextSeq, At = now, Members = Views(m => m == target ? role : m == holder ? DrillRole.None : m.Role),
                })];
            }

            if (holder is not null)
            {
                throw new DrillRuleException(
                    $"{holder.Name} is already the {RoleName(role)}; there can be only one. Make {holder.Name} a scorer first.");
            }
        }
        else if (role is not (DrillRole.Scorer or DrillRole.None))
        {
            throw new DrillRuleException("A role must be customer, agent, scorer or watcher.");
        }

        return [Append(new RolesAssigned { Seq = NextSeq, At = now, Members = Views(m => m == target ? role : m.Role) })];
    }

    public IReadOnlyList<StoredEvent> AutoAssign(string actorId, Random random, DateTimeOffset now)
    {
        RequireHost(actorId, "assign roles");
        RequireBetweenDrills("Roles can only change between drills");
        // Muted members can neither speak nor score: they watch, and the roles go to the others.
        var speaking = State.Members.Where(m => !IsMuted(m.PlayerId)).ToList();
        if (speaking.Count < 3 && speaking.Count < State.Members.Count)
        {
            throw new DrillRuleException($"A drill needs at least 3 members who are not muted (a customer, an agent and a scorer); this room has {speaking.Count}.");
        }

        var roles = RoleAssigner.Assign(speaking, random);
        return [Append(new RolesAssigned { Seq = NextSeq, At = now, Members = Views(m => roles.GetValueOrDefault(m.PlayerId, DrillRole.None)) })];
    }

    /// <summary>Starts a drill; <paramref name="pickCard"/> is asked for the card only once the start is allowed.</summary>
    public IReadOnlyList<StoredEvent> StartDrill(
        string actorId, Func<IReadOnlyCollection<string>, DrillCard> pickCard, TimeSpan callTimeLimit, DateTimeOffset now, TimeSpan? scoringTimeLimit = null)
    {
        RequireHost(actorId, "start a drill");
        RequireBetweenDrills("A drill is already running");
        var customer = State.Members.FirstOrDefault(m => m.Role == DrillRole.Customer)
            ?? throw new DrillRuleException("Nobody is the customer yet: assign roles first (/role or /auto).");
        var agent = State.Members.FirstOrDefault(m => m.Role == DrillRole.Agent)
            ?? throw new DrillRuleException("Nobody is the agent yet: assign roles first (/role or /auto).");
        if (!State.Members.Any(m => m.Role == DrillRole.Scorer))
        {
            throw new DrillRuleException("A drill needs at least one scorer.");
        }

        var drillCard = pickCard(State.PlayedCardIds);
        var card = drillCard.Card;
        var number = State.FinishedDrills + 1;

        // The members' roles now are their roles in the drill: the event carries them.
        return
        [
            Append(new DrillStarted
            {
                Seq = NextSeq, At = now, DrillNumber = number, Brief = card.Brief.BeforeTheCall(), Members = Views(),
                CallEndsAt = now + callTimeLimit, StartingAnger = Math.Clamp(card.StartingAnger, DrillLimits.MinAnger, DrillLimits.MaxAnger),
                Rubric = [.. drillCard.Rubric], Practice = State.Practice,
                ScoringTimeLimit = scoringTimeLimit ?? TimeSpan.FromMinutes(10), CardVersion = drillCard.Version,
            }),
            Append(new CustomerCardDealt { Seq = NextSeq, At = now, DrillNumber = number, Card = card }, EventAudience.Only(customer.PlayerId)),
        ];
    }

    private string UniqueName(string name)
    {
        var candidate = name;
        // A name that only looks like a member's (Cyrillic е for e, a hidden joiner) gets the suffix a duplicate gets.
        for (var n = 2; State.Members.Any(m => NameRules.LookAlike(m.Name, candidate)); n++)
        {
            var suffix = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            candidate = name[..Math.Min(name.Length, DrillLimits.MaxNameLength - suffix.Length)] + suffix;
        }

        return candidate;
    }
}
