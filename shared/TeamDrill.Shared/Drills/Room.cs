using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// The rules of a room and its drills, over a <see cref="RoomState"/>. Every action checks everything
/// first and throws <see cref="DrillRuleException"/> before it changes anything; when it succeeds it
/// returns the events it appended, each with its audience.
/// </summary>
public sealed class Room(RoomState state)
{
    public RoomState State { get; } = state;

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

        var room = Create(code, hostId, hostName, now);
        room.State.Practice = false;
        room.State.LeagueId = leagueId;
        room.State.Members[0].Role = DrillRole.None;
        foreach (var (playerId, name, role) in members)
        {
            room.Join(playerId, name, now);
            room.State.Members.Single(m => m.PlayerId == playerId).Role = role;
        }

        room.Append(new RolesAssigned { At = now, Members = room.Views() });
        return room;
    }

    public bool IsMember(string playerId) => State.Members.Any(m => m.PlayerId == playerId);

    /// <summary>What every action and join of a cancelled room is refused with.</summary>
    public string CancelledMessage => State.CancelledReason.Length == 0 ? "" : $"This drill was cancelled: {State.CancelledReason}.";

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
        State.CancelledReason = clean.Length == 0 ? "the facilitator cancelled it" : clean;
        State.Current = null;
        State.Phase = DrillPhase.Lobby;
        return [Append(new DrillCancelled { At = now, Message = CancelledMessage })];
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

        var member = new RoomMember
        {
            PlayerId = playerId,
            Name = UniqueName(NameRules.Clean(name)),
            // Someone who arrives during a drill watches it; in the lobby they score by default.
            Role = State.Phase is DrillPhase.Lobby or DrillPhase.Debrief ? DrillRole.Scorer : DrillRole.None,
            JoinedAt = now,
        };
        State.Members.Add(member);
        State.FormerMembers.Remove(playerId);
        if (State.HostId.Length == 0)
        {
            State.HostId = playerId; // an emptied room goes to whoever comes back first
        }

        return [Append(new MemberJoined { At = now, Member = View(member) })];
    }

    public IReadOnlyList<StoredEvent> Leave(string playerId, DateTimeOffset now)
    {
        var member = Require(playerId);
        if (State.Current is { } drill && State.Phase == DrillPhase.Call && (drill.CustomerId == playerId || drill.AgentId == playerId))
        {
            throw new DrillRuleException("You are on the call: end it before you leave the room.");
        }

        State.Members.Remove(member);
        State.FormerMembers.Add(playerId);
        if (State.HostId == playerId)
        {
            State.HostId = State.Members.OrderBy(m => m.JoinedAt).FirstOrDefault()?.PlayerId ?? "";
        }

        return [Append(new MemberLeft { At = now, PlayerId = playerId, Name = member.Name, HostId = State.HostId })];
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

        State.Members.Remove(target);
        State.FormerMembers.Add(target.PlayerId);
        return [Append(new MemberLeft { At = now, PlayerId = target.PlayerId, Name = target.Name, HostId = State.HostId })];
    }

    public IReadOnlyList<StoredEvent> PauseCall(string actorId, DateTimeOffset now)
    {
        RequireHost(actorId, "pause the call");
        var drill = RequirePhase(DrillPhase.Call, "pause the call");
        if (drill.PausedAt is not null)
        {
            throw new DrillRuleException("The call is already paused.");
        }

        drill.PausedAt = now;
        return [Append(new CallPaused { At = now })];
    }

    public IReadOnlyList<StoredEvent> ResumeCall(string actorId, DateTimeOffset now)
    {
        RequireHost(actorId, "resume the call");
        var drill = RequirePhase(DrillPhase.Call, "resume the call");
        if (drill.PausedAt is not { } pausedAt)
        {
            throw new DrillRuleException("The call is not paused.");
        }

        drill.CallEndsAt += now - pausedAt;
        drill.PausedAt = null;
        return [Append(new CallResumed { At = now, CallEndsAt = drill.CallEndsAt })];
    }

    public IReadOnlyList<StoredEvent> EndCallEarly(string actorId, DateTimeOffset now)
    {
        RequireHost(actorId, "end the call");
        var drill = RequirePhase(DrillPhase.Call, "end the call");
        drill.PausedAt = null;
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

        target.Role = role;
        return [Append(new RolesAssigned { At = now, Members = Views() })];
    }

    public IReadOnlyList<StoredEvent> AutoAssign(string actorId, Random random, DateTimeOffset now)
    {
        RequireHost(actorId, "assign roles");
        RequireBetweenDrills("Roles can only change between drills");
        var roles = RoleAssigner.Assign(State.Members, random);
        foreach (var member in State.Members)
        {
            member.Role = roles[member.PlayerId];
        }

        return [Append(new RolesAssigned { At = now, Members = Views() })];
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
        var scorers = State.Members.Where(m => m.Role == DrillRole.Scorer).Select(m => m.PlayerId).ToList();
        if (scorers.Count == 0)
        {
            throw new DrillRuleException("A drill needs at least one scorer.");
        }

        var drillCard = pickCard(State.PlayedCardIds);
        var card = drillCard.Card;
        var startingAnger = Math.Clamp(card.StartingAnger, DrillLimits.MinAnger, DrillLimits.MaxAnger);
        customer.TimesCustomer++;
        agent.TimesAgent++;
        var drill = new DrillRecord
        {
            Number = State.Debriefs.Count + 1,
            Card = card,
            CustomerId = customer.PlayerId,
            AgentId = agent.PlayerId,
            ScorerIds = scorers,
            StartedAt = now,
            CallEndsAt = now + callTimeLimit,
            Anger = startingAnger,
            AngerCurve = [new AngerPoint { At = now, Level = startingAnger, AfterMessage = 0 }],
            Rubric = [.. drillCard.Rubric],
            Participants = [.. Views().Where(v => v.Role != DrillRole.None)],
            ScoringTimeLimit = scoringTimeLimit ?? TimeSpan.FromMinutes(10),
            CardVersion = drillCard.Version,
        };
        State.Current = drill;
        State.Phase = DrillPhase.Call;
        if (!State.PlayedCardIds.Contains(card.Brief.CardId))
        {
            State.PlayedCardIds.Add(card.Brief.CardId);
        }

        return
        [
            Append(new DrillStarted
            {
                At = now, DrillNumber = drill.Number, Brief = card.Brief, Members = Views(),
                CallEndsAt = drill.CallEndsAt, StartingAnger = startingAnger, Rubric = drill.Rubric, Practice = State.Practice,
            }),
            Append(new CustomerCardDealt { At = now, DrillNumber = drill.Number, Card = card }, EventAudience.Only(customer.PlayerId)),
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
        drill.Transcript.Add(message);
        var events = new List<StoredEvent> { Append(new MessagePosted { At = now, Message = message }) };
        if (role == DrillRole.Agent && coach is not null)
        {
            foreach (var hint in coach(message, now - drill.StartedAt))
            {
                drill.CoachHints.Add(hint);
                if (State.Practice)
                {
                    events.Add(Append(new CoachHintGiven { At = now, Hint = hint }, EventAudience.Only(actorId)));
                }
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

        var previous = drill.Anger;
        drill.Anger = level;
        drill.AngerCurve.Add(new AngerPoint { At = now, Level = level, AfterMessage = drill.Transcript.Count });
        return [Append(new AngerChanged { At = now, Level = level, Previous = previous })];
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
        drill.Tags.RemoveAll(t => t.ScorerId == actorId && t.MessageNumber == messageNumber && t.Technique == criterion.Id);
        var tag = new MessageTag
        {
            ScorerId = actorId, ScorerName = scorer.Name, MessageNumber = messageNumber, Technique = criterion.Id, Polarity = polarity, At = now,
        };
        drill.Tags.Add(tag);
        return [Append(new MessageTagged { At = now, Tag = tag }, TagAudience(drill, actorId))];
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
        drill.Rubrics.Add(sheet);
        var events = new List<StoredEvent>
        {
            Append(new RubricRecorded { At = now, Sheet = sheet }, EventAudience.Only(actorId)),
            Append(new RubricSubmitted
            {
                At = now, ScorerId = actorId, ScorerName = scorer.Name, SubmittedCount = drill.Rubrics.Count, ScorerCount = drill.ScorerIds.Count,
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

        drill.Reflection = clean;
        var events = new List<StoredEvent> { Append(new ReflectionWritten { At = now, AgentName = Require(actorId).Name }) };
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
        drill.Fidelity.RemoveAll(f => f.ScorerId == actorId);
        drill.Fidelity.Add(rating);
        return [Append(new FidelityRated { At = now, Rating = rating }, EventAudience.Only(actorId))];
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

    /// <summary>The events after <paramref name="afterSeq"/> that <paramref name="playerId"/> may see, in order.</summary>
    public IReadOnlyList<RoomEvent> EventsFor(string playerId, long afterSeq)
    {
        RequireReader(playerId);
        return State.Events
            .Where(e => e.Event.Seq > afterSeq && e.Audience.Includes(playerId))
            .Select(e => e.Event)
            .ToList();
    }

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
            Debrief = inDebrief ? State.Debriefs.LastOrDefault() : null,
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

    public Debrief GetDebrief(string playerId, int drillNumber)
    {
        RequireReader(playerId);
        return State.Debriefs.FirstOrDefault(d => d.DrillNumber == drillNumber)
            ?? throw new DrillRuleException($"Room {State.Code} has no finished drill {drillNumber}.");
    }

    public IReadOnlyList<HistoryEntry> HistoryFor(string playerId)
    {
        RequireReader(playerId);
        return State.Debriefs.Select(d => new HistoryEntry
        {
            RoomCode = State.Code,
            DrillNumber = d.DrillNumber,
            CardTitle = d.Brief.Title,
            MyRole = d.Participants.FirstOrDefault(p => p.PlayerId == playerId)?.Role ?? DrillRole.None,
            AgentName = d.Participants.FirstOrDefault(p => p.Role == DrillRole.Agent)?.Name ?? "",
            Outcome = d.Outcome,
            OverallScore = d.OverallScore,
            EndedAt = d.EndedAt,
        }).ToList();
    }

    private IReadOnlyList<StoredEvent> Finish(DrillRecord drill, CallOutcome outcome, string endedBy, DateTimeOffset now)
    {
        drill.Outcome = outcome;
        drill.EndedAt = now;
        drill.ScoringEndsAt = now + drill.ScoringTimeLimit;
        State.Phase = DrillPhase.Scoring;
        return [Append(new CallEnded { At = now, Outcome = outcome, EndedBy = endedBy, ScoringEndsAt = drill.ScoringEndsAt.Value })];
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
        State.Debriefs.Add(debrief);
        State.Phase = DrillPhase.Debrief;
        return Append(new DebriefPublished { At = now, Debrief = debrief });
    }

    private StoredEvent Append(RoomEvent roomEvent, EventAudience? audience = null)
    {
        State.Seq++;
        var stamped = Stamp(roomEvent, State.Seq);
        var stored = new StoredEvent { Event = stamped, Audience = audience ?? EventAudience.Everyone };
        State.Events.Add(stored);
        return stored;
    }

    private static RoomEvent Stamp(RoomEvent roomEvent, long seq) => roomEvent switch
    {
        MemberJoined e => new MemberJoined { Seq = seq, At = e.At, Member = e.Member },
        MemberLeft e => new MemberLeft { Seq = seq, At = e.At, PlayerId = e.PlayerId, Name = e.Name, HostId = e.HostId },
        RolesAssigned e => new RolesAssigned { Seq = seq, At = e.At, Members = e.Members },
        DrillStarted e => new DrillStarted
        {
            Seq = seq, At = e.At, DrillNumber = e.DrillNumber, Brief = e.Brief, Members = e.Members,
            CallEndsAt = e.CallEndsAt, StartingAnger = e.StartingAnger, Rubric = e.Rubric, Practice = e.Practice,
        },
        CustomerCardDealt e => new CustomerCardDealt { Seq = seq, At = e.At, DrillNumber = e.DrillNumber, Card = e.Card },
        MessagePosted e => new MessagePosted { Seq = seq, At = e.At, Message = e.Message },
        AngerChanged e => new AngerChanged { Seq = seq, At = e.At, Level = e.Level, Previous = e.Previous },
        MessageTagged e => new MessageTagged { Seq = seq, At = e.At, Tag = e.Tag },
        CallEnded e => new CallEnded { Seq = seq, At = e.At, Outcome = e.Outcome, EndedBy = e.EndedBy, ScoringEndsAt = e.ScoringEndsAt },
        RubricSubmitted e => new RubricSubmitted
        {
            Seq = seq, At = e.At, ScorerId = e.ScorerId, ScorerName = e.ScorerName, SubmittedCount = e.SubmittedCount, ScorerCount = e.ScorerCount,
        },
        RubricRecorded e => new RubricRecorded { Seq = seq, At = e.At, Sheet = e.Sheet },
        DebriefPublished e => new DebriefPublished { Seq = seq, At = e.At, Debrief = e.Debrief },
        CoachHintGiven e => new CoachHintGiven { Seq = seq, At = e.At, Hint = e.Hint },
        ReflectionWritten e => new ReflectionWritten { Seq = seq, At = e.At, AgentName = e.AgentName },
        FidelityRated e => new FidelityRated { Seq = seq, At = e.At, Rating = e.Rating },
        CallPaused e => new CallPaused { Seq = seq, At = e.At },
        CallResumed e => new CallResumed { Seq = seq, At = e.At, CallEndsAt = e.CallEndsAt },
        DrillCancelled e => new DrillCancelled { Seq = seq, At = e.At, Message = e.Message },
        _ => throw new InvalidOperationException($"Unknown event {roomEvent.GetType().Name}."),
    };

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

    private void RequireReader(string playerId)
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

    private List<MemberView> Views() => State.Members.Select(View).ToList();

    private MemberView View(RoomMember member) => new()
    {
        PlayerId = member.PlayerId, Name = member.Name, Role = CurrentRole(member), IsHost = member.PlayerId == State.HostId,
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
