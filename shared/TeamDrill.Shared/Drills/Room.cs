using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// The rules of a room and its drills, over a <see cref="RoomState"/>. Every action checks everything
/// first and throws <see cref="DrillRuleException"/> before it changes anything; when it succeeds it
/// appends events, each with its audience, and the state moves only by applying them
/// (<see cref="RoomTransitions"/>), so a room replayed from its journal ends where the live one did.
/// </summary>
public sealed class Room(RoomState state, RoomEventTail? tail = null)
{
    public RoomState State { get; } = state;

    /// <summary>The recent events, for reconnecting clients.</summary>
    public RoomEventTail Tail { get; } = tail ?? new RoomEventTail();

    private long NextSeq => State.Seq + 1;

    public static Room Create(string code, string hostId, string hostName, DateTimeOffset now)
    {
        var room = new Room(new RoomState { Code = code, HostId = hostId, CreatedAt = now });
        room.Join(hostId, hostName, now);
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
            room.Join(playerId, name, now);
        }

        var roles = members.ToDictionary(m => m.PlayerId, m => m.Role);
        room.Append(new RolesAssigned
        {
            Seq = room.NextSeq, At = now, Members = room.Views(m => roles.GetValueOrDefault(m.PlayerId, DrillRole.None)),
        });
        return room;
    }

    public bool IsMember(string playerId) => State.Members.Any(m => m.PlayerId == playerId);

    /// <summary>What every action and join of a cancelled room is refused with.</summary>
    public string CancelledMessage => State.CancelledReason.Length == 0 ? "" : CancelledMessageFor(State.CancelledReason);

    private static string CancelledMessageFor(string reason) => $"This drill was cancelled: {reason}.";

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

    /// <summary>Every action and join checks this first: a cancelled room takes no part in anything again.</summary>
    public void RequireNotCancelled()
    {
        if (State.CancelledReason.Length > 0)
        {
            throw new DrillRuleException(CancelledMessage);
        }
    }

    /// <summary>Joining twice is harmless: a reconnecting client joins again and gets no new event.</summary>
    public IReadOnlyList<StoredEvent> Join(string playerId, string name, DateTimeOffset now, int maxMembers = 16)
    {
        var existing = Find(playerId);
        if (existing is not null)
        {
            return [];
        }

        if (State.Members.Count >= maxMembers)
        {
            throw new DrillRuleException($"Room {State.Code} is full ({maxMembers} members).");
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

        return [Append(new MemberLeft { Seq = NextSeq, At = now, PlayerId = target.PlayerId, Name = target.Name, HostId = State.HostId })];
    }

    public IReadOnlyList<StoredEvent> PauseCall(string actorId, DateTimeOffset now)
    {
        RequireHost(actorId, "pause the call");
        var drill = RequirePhase(DrillPhase.Call, "pause the call");
        if (drill.PausedAt is not null)
        {
            throw new DrillRuleException("The call is already paused.");
        }

        return [Append(new CallPaused { Seq = NextSeq, At = now })];
    }

    public IReadOnlyList<StoredEvent> ResumeCall(string actorId, DateTimeOffset now)
    {
        RequireHost(actorId, "resume the call");
        var drill = RequirePhase(DrillPhase.Call, "resume the call");
        if (drill.PausedAt is not { } pausedAt)
        {
            throw new DrillRuleException("The call is not paused.");
        }

        return [Append(new CallResumed { Seq = NextSeq, At = now, CallEndsAt = drill.CallEndsAt + (now - pausedAt) })];
    }

    public IReadOnlyList<StoredEvent> EndCallEarly(string actorId, DateTimeOffset now)
    {
        RequireHost(actorId, "end the call");
        var drill = RequirePhase(DrillPhase.Call, "end the call");
        return Finish(drill, CallOutcome.EndedByHost, actorId, now);
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
        var roles = RoleAssigner.Assign(State.Members, random);
        return [Append(new RolesAssigned { Seq = NextSeq, At = now, Members = Views(m => roles[m.PlayerId]) })];
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
                Seq = NextSeq, At = now, DrillNumber = number, Brief = card.Brief, Members = Views(),
                CallEndsAt = now + callTimeLimit, StartingAnger = Math.Clamp(card.StartingAnger, DrillLimits.MinAnger, DrillLimits.MaxAnger),
                Rubric = [.. drillCard.Rubric], Practice = State.Practice,
                ScoringTimeLimit = scoringTimeLimit ?? TimeSpan.FromMinutes(10), CardVersion = drillCard.Version,
            }),
            Append(new CustomerCardDealt { Seq = NextSeq, At = now, DrillNumber = number, Card = card }, EventAudience.Only(customer.PlayerId)),
        ];
    }

    /// <summary>
    /// A line of the call. <paramref name="coach"/> finds phrasebook hints in an agent message: they are
    /// kept for the debrief, and in practice rooms sent privately to the agent.
    /// </summary>
    public IReadOnlyList<StoredEvent> PostMessage(
        string actorId, string text, DateTimeOffset now, Func<TranscriptMessage, TimeSpan, IReadOnlyList<CoachHint>>? coach = null)
    {
        var drill = RequirePhase(DrillPhase.Call, "send messages");
        var member = Require(actorId);
        var role = drill.CustomerId == actorId ? DrillRole.Customer : drill.AgentId == actorId ? DrillRole.Agent : DrillRole.None;
        if (role == DrillRole.None)
        {
            throw new DrillRuleException("Only the customer and the agent speak on the call; scorers watch and tag.");
        }

        RequireRunning(drill);
        var clean = TextSanitizer.Clean(text);
        if (clean.Length == 0)
        {
            throw new DrillRuleException("The message is empty.");
        }

        if (clean.Length > DrillLimits.MaxMessageLength)
        {
            throw new DrillRuleException(
                $"The message is {clean.Length} characters long; the limit is {DrillLimits.MaxMessageLength}.");
        }

        var message = new TranscriptMessage
        {
            Number = drill.Transcript.Count + 1, SenderId = actorId, SenderName = member.Name, Role = role, Text = clean, At = now,
        };
        var events = new List<StoredEvent> { Append(new MessagePosted { Seq = NextSeq, At = now, Message = message }) };
        if (role == DrillRole.Agent && coach is not null)
        {
            // Every hint is kept for the debrief; only a practice room shows it to the agent now.
            var audience = State.Practice ? EventAudience.Only(actorId) : EventAudience.Nobody;
            foreach (var hint in coach(message, now - drill.StartedAt))
            {
                events.Add(Append(new CoachHintGiven { Seq = NextSeq, At = now, Hint = hint }, audience));
            }
        }

        return events;
    }

    public IReadOnlyList<StoredEvent> SetAnger(string actorId, int level, DateTimeOffset now)
    {
        var drill = RequirePhase(DrillPhase.Call, "move the anger meter");
        if (drill.CustomerId != actorId)
        {
            throw new DrillRuleException("Only the customer moves the anger meter.");
        }

        RequireRunning(drill);
        if (level is < DrillLimits.MinAnger or > DrillLimits.MaxAnger)
        {
            throw new DrillRuleException($"Anger goes from {DrillLimits.MinAnger} to {DrillLimits.MaxAnger}; {level} is out of range.");
        }

        if (level == drill.Anger)
        {
            return [];
        }

        return [Append(new AngerChanged { Seq = NextSeq, At = now, Level = level, Previous = drill.Anger })];
    }

    public IReadOnlyList<StoredEvent> Tag(string actorId, int messageNumber, string technique, TagPolarity polarity, DateTimeOffset now)
    {
        var drill = State.Current;
        if (drill is null || State.Phase is not (DrillPhase.Call or DrillPhase.Scoring))
        {
            throw new DrillRuleException($"You can tag messages only during the call or scoring; the room is in {PhaseName(State.Phase)}.");
        }

        if (!drill.ScorerIds.Contains(actorId))
        {
            throw new DrillRuleException("Only this drill's scorers tag messages.");
        }

        var message = drill.Transcript.FirstOrDefault(m => m.Number == messageNumber)
            ?? throw new DrillRuleException($"There is no message [{messageNumber}] in this drill.");
        if (message.Role != DrillRole.Agent)
        {
            throw new DrillRuleException($"Message [{messageNumber}] is the customer's; tag the agent's messages.");
        }

        var criterion = drill.Rubric.FirstOrDefault(c => string.Equals(c.Id, technique, StringComparison.OrdinalIgnoreCase))
            ?? throw new DrillRuleException(
                $"'{TextSanitizer.Clean(technique)}' is not a technique; use one of: {string.Join(", ", drill.Rubric.Select(c => c.Id))}.");
        if (polarity is not (TagPolarity.Plus or TagPolarity.Minus))
        {
            throw new DrillRuleException("A tag is + or -.");
        }

        var scorer = Require(actorId);
        var tag = new MessageTag
        {
            ScorerId = actorId, ScorerName = scorer.Name, MessageNumber = messageNumber, Technique = criterion.Id, Polarity = polarity, At = now,
        };
        return [Append(new MessageTagged { Seq = NextSeq, At = now, Tag = tag }, TagAudience(drill, actorId))];
    }

    public IReadOnlyList<StoredEvent> EndCall(string actorId, CallOutcome outcome, DateTimeOffset now)
    {
        var drill = RequirePhase(DrillPhase.Call, "end the call");
        if (drill.CustomerId != actorId)
        {
            throw new DrillRuleException("Only the customer ends the call.");
        }

        if (outcome is not (CallOutcome.Resolved or CallOutcome.Escalated or CallOutcome.HungUp))
        {
            throw new DrillRuleException("The call ends as resolved, escalated or hungup.");
        }

        return Finish(drill, outcome, actorId, now);
    }

    /// <summary>Ends the call when its time is up; does nothing before that or outside a call.</summary>
    public IReadOnlyList<StoredEvent> ExpireCall(DateTimeOffset now)
    {
        if (State.Phase != DrillPhase.Call || State.Current is not { } drill || drill.PausedAt is not null || now < drill.CallEndsAt)
        {
            return [];
        }

        return Finish(drill, CallOutcome.TimedOut, "", now);
    }

    public IReadOnlyList<StoredEvent> SubmitRubric(string actorId, IReadOnlyDictionary<string, int?> scores, DateTimeOffset now)
    {
        var drill = RequirePhase(DrillPhase.Scoring, "submit scores");
        if (!drill.ScorerIds.Contains(actorId))
        {
            throw new DrillRuleException("Only this drill's scorers submit a rubric.");
        }

        if (drill.Rubrics.Any(r => r.ScorerId == actorId))
        {
            throw new DrillRuleException("You have already submitted your scores for this drill.");
        }

        var normalized = RubricValidator.Validate(drill.Rubric, scores);
        var scorer = Require(actorId);
        var sheet = new RubricSheet { ScorerId = actorId, ScorerName = scorer.Name, Scores = normalized, SubmittedAt = now };
        var events = new List<StoredEvent>
        {
            Append(new RubricRecorded { Seq = NextSeq, At = now, Sheet = sheet }, EventAudience.Only(actorId)),
            Append(new RubricSubmitted
            {
                Seq = NextSeq, At = now, ScorerId = actorId, ScorerName = scorer.Name, SubmittedCount = drill.Rubrics.Count, ScorerCount = drill.ScorerIds.Count,
            }),
        };
        if (ReadyToReveal(drill))
        {
            events.Add(PublishDebrief(drill, closedEarly: false, now));
        }

        return events;
    }

    public IReadOnlyList<StoredEvent> SubmitReflection(string actorId, string text, DateTimeOffset now)
    {
        var drill = RequirePhase(DrillPhase.Scoring, "write your reflection");
        if (drill.AgentId != actorId)
        {
            throw new DrillRuleException("Only the agent writes the reflection.");
        }

        if (drill.Reflection is not null)
        {
            throw new DrillRuleException("You have already written your reflection for this drill.");
        }

        var clean = TextSanitizer.Clean(text);
        if (clean.Length == 0)
        {
            throw new DrillRuleException("The reflection is empty: one line on how the call went.");
        }

        if (clean.Length > MaxReflectionLength)
        {
            throw new DrillRuleException($"The reflection is {clean.Length} characters long; keep it to one line of at most {MaxReflectionLength}.");
        }

        var events = new List<StoredEvent>
        {
            Append(new ReflectionRecorded { Seq = NextSeq, At = now, Text = clean }, EventAudience.Only(actorId)),
            Append(new ReflectionWritten { Seq = NextSeq, At = now, AgentName = Require(actorId).Name }),
        };
        if (ReadyToReveal(drill))
        {
            events.Add(PublishDebrief(drill, closedEarly: false, now));
        }

        return events;
    }

    public IReadOnlyList<StoredEvent> RateFidelity(string actorId, int score, DateTimeOffset now)
    {
        var drill = RequirePhase(DrillPhase.Scoring, "rate the customer's fidelity");
        if (!drill.ScorerIds.Contains(actorId))
        {
            throw new DrillRuleException("Only this drill's scorers rate the customer's fidelity to the card.");
        }

        if (score is < DrillLimits.MinScore or > DrillLimits.MaxScore)
        {
            throw new DrillRuleException($"Fidelity goes from {DrillLimits.MinScore} to {DrillLimits.MaxScore}; {score} is out of range.");
        }

        var rating = new FidelityRating { ScorerId = actorId, ScorerName = Require(actorId).Name, Score = score };
        return [Append(new FidelityRated { Seq = NextSeq, At = now, Rating = rating }, EventAudience.Only(actorId))];
    }

    /// <summary>Closes scoring when its time is up, with whatever was submitted.</summary>
    public IReadOnlyList<StoredEvent> ExpireScoring(DateTimeOffset now)
    {
        if (State.Phase != DrillPhase.Scoring || State.Current is not { } drill || drill.ScoringEndsAt is not { } endsAt || now < endsAt)
        {
            return [];
        }

        return [PublishDebrief(drill, closedEarly: !ReadyToReveal(drill), now)];
    }

    public IReadOnlyList<StoredEvent> CloseScoring(string actorId, DateTimeOffset now)
    {
        RequireHost(actorId, "close scoring");
        var drill = RequirePhase(DrillPhase.Scoring, "close scoring");
        return [PublishDebrief(drill, closedEarly: !ReadyToReveal(drill), now)];
    }

    /// <summary>The kept events after <paramref name="afterSeq"/> that <paramref name="playerId"/> may see, in order.</summary>
    public IReadOnlyList<RoomEvent> EventsFor(string playerId, long afterSeq)
    {
        RequireReader(playerId);
        return Tail.After(afterSeq).Where(e => e.Audience.Includes(playerId)).Select(e => e.Event).ToList();
    }

    /// <summary>
    /// What a reconnecting client missed since <paramref name="afterSeq"/>: the events, or a fresh snapshot
    /// when they are no longer kept or the number is from another life of this room.
    /// </summary>
    public ResyncResult Resync(string playerId, long afterSeq) =>
        afterSeq >= 0 && afterSeq <= State.Seq && Tail.Covers(afterSeq, State.Seq)
            ? new ResyncResult { Events = EventsFor(playerId, afterSeq) }
            : new ResyncResult { Snapshot = SnapshotFor(playerId) };

    public RoomSnapshot SnapshotFor(string playerId)
    {
        RequireReader(playerId);
        var drill = State.Current;
        var inDebrief = State.Phase == DrillPhase.Debrief;
        return new RoomSnapshot
        {
            Code = State.Code,
            Seq = State.Seq,
            HostId = State.HostId,
            Phase = State.Phase,
            Members = Views(),
            DrillNumber = drill?.Number ?? 0,
            Brief = drill?.Card.Brief,
            Card = drill is not null && drill.CustomerId == playerId ? drill.Card : null,
            Transcript = drill?.Transcript.ToList() ?? [],
            Anger = drill?.Anger ?? 0,
            CallEndsAt = drill?.CallEndsAt,
            Outcome = drill?.Outcome ?? CallOutcome.None,
            SubmittedScorerIds = drill?.Rubrics.Select(r => r.ScorerId).ToList() ?? [],
            MyRubric = drill?.Rubrics.FirstOrDefault(r => r.ScorerId == playerId),
            Tags = drill is null ? [] : inDebrief ? drill.Tags.ToList() : drill.Tags.Where(t => TagAudience(drill, t.ScorerId).Includes(playerId)).ToList(),
            Debrief = inDebrief ? State.LastDebrief : null,
            Rubric = drill?.Rubric.ToList() ?? [],
            AngerCurve = drill?.AngerCurve.ToList() ?? [],
            MyHints = drill is not null && drill.AgentId == playerId && (State.Practice || inDebrief) ? drill.CoachHints.ToList() : [],
            ReflectionWritten = drill?.Reflection is not null,
            ScoringEndsAt = drill?.ScoringEndsAt,
            Practice = State.Practice,
            Paused = drill?.PausedAt is not null,
            Cancelled = CancelledMessage,
        };
    }

    /// <summary>
    /// A finished drill's debrief: the last one the room holds, or <paramref name="stored"/> as read from
    /// the finished drills kept apart.
    /// </summary>
    public Debrief GetDebrief(string playerId, int drillNumber, Debrief? stored = null)
    {
        RequireReader(playerId);
        return State.LastDebrief is { } last && last.DrillNumber == drillNumber ? last
            : stored is not null && stored.DrillNumber == drillNumber ? stored
            : throw new DrillRuleException($"Room {State.Code} has no finished drill {drillNumber}.");
    }

    /// <summary>Whether <paramref name="drillNumber"/> is a finished drill that is not the one the room holds.</summary>
    public bool IsEarlierDrill(int drillNumber) => drillNumber >= 1 && drillNumber <= State.FinishedDrills && drillNumber != State.LastDebrief?.DrillNumber;

    public IReadOnlyList<HistoryEntry> HistoryFor(string playerId, IEnumerable<DrillSummary> finished)
    {
        RequireReader(playerId);
        return finished.Select(d => d.For(State.Code, playerId)).ToList();
    }

    private IReadOnlyList<StoredEvent> Finish(DrillRecord drill, CallOutcome outcome, string endedBy, DateTimeOffset now)
    {
        return [Append(new CallEnded { Seq = NextSeq, At = now, Outcome = outcome, EndedBy = endedBy, ScoringEndsAt = now + drill.ScoringTimeLimit })];
    }

    private StoredEvent PublishDebrief(DrillRecord drill, bool closedEarly, DateTimeOffset now)
    {
        var consensus = ConsensusCalculator.PerCriterion(drill.Rubric, drill.Rubrics);
        var tags = drill.Tags.OrderBy(t => t.MessageNumber).ThenBy(t => t.At).ToList();
        var debrief = new Debrief
        {
            RoomCode = State.Code,
            DrillNumber = drill.Number,
            Brief = drill.Card.Brief,
            Participants = drill.Participants,
            Outcome = drill.Outcome,
            StartedAt = drill.StartedAt,
            EndedAt = drill.EndedAt ?? now,
            Transcript = drill.Transcript.ToList(),
            AngerCurve = drill.AngerCurve.ToList(),
            Tags = tags,
            Consensus = consensus,
            OverallScore = ConsensusCalculator.Overall(consensus),
            Rubrics = drill.Rubrics.ToList(),
            ClosedEarly = closedEarly,
            Reflection = drill.Reflection,
            CoachHints = drill.CoachHints.ToList(),
            Fidelity = drill.Fidelity.ToList(),
            Rubric = drill.Rubric.ToList(),
            CardVersion = drill.CardVersion,
            Figures = DebriefFiguresBuilder.Build(
                drill.Rubric, drill.Rubrics, consensus, tags, drill.Transcript, drill.Outcome, drill.AngerCurve, drill.Fidelity),
        };
        return Append(new DebriefPublished { Seq = NextSeq, At = now, Debrief = debrief });
    }

    /// <summary>Applies the event (it must carry the next number) and keeps it for reconnecting clients.</summary>
    private StoredEvent Append(RoomEvent roomEvent, EventAudience? audience = null)
    {
        RoomTransitions.Apply(State, roomEvent);
        var stored = new StoredEvent { Event = roomEvent, Audience = audience ?? EventAudience.Everyone };
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

    /// <summary>The debrief waits for every scorer's rubric and the agent's reflection.</summary>
    private static bool ReadyToReveal(DrillRecord drill) =>
        drill.Rubrics.Count == drill.ScorerIds.Count && drill.Reflection is not null;

    /// <summary>
    /// A tag is seen live by the scorer who made it and by a host who is only watching (the
    /// facilitator); never by the agent or the customer before the debrief.
    /// </summary>
    private EventAudience TagAudience(DrillRecord drill, string scorerId) =>
        State.HostId.Length > 0 && State.HostId != drill.AgentId && State.HostId != drill.CustomerId && !drill.ScorerIds.Contains(State.HostId)
            ? EventAudience.Only(scorerId, State.HostId)
            : EventAudience.Only(scorerId);

    public const int MaxReflectionLength = 280;

    private RoomMember? Find(string playerId) => State.Members.FirstOrDefault(m => m.PlayerId == playerId);

    private RoomMember Require(string playerId) =>
        Find(playerId) ?? throw new DrillRuleException($"You are not a member of room {State.Code}: join it first.");

    /// <summary>Members and former members may read the room: its snapshot, events, history and debriefs.</summary>
    public void RequireReader(string playerId)
    {
        if (!IsMember(playerId) && !State.FormerMembers.Contains(playerId))
        {
            throw new DrillRuleException($"You are not a member of room {State.Code}: join it first.");
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

    private string UniqueName(string name)
    {
        var candidate = name;
        for (var n = 2; State.Members.Any(m => string.Equals(m.Name, candidate, StringComparison.OrdinalIgnoreCase)); n++)
        {
            var suffix = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            candidate = name[..Math.Min(name.Length, DrillLimits.MaxNameLength - suffix.Length)] + suffix;
        }

        return candidate;
    }

    private List<MemberView> Views() => State.Members.Select(m => View(m, CurrentRole(m))).ToList();

    /// <summary>The members with the roles they are about to take.</summary>
    private List<MemberView> Views(Func<RoomMember, DrillRole> role) => State.Members.Select(m => View(m, role(m))).ToList();

    private MemberView View(RoomMember member, DrillRole role) => new()
    {
        PlayerId = member.PlayerId, Name = member.Name, Role = role, IsHost = member.PlayerId == State.HostId,
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
