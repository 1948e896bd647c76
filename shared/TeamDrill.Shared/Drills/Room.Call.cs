using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// The call: the customer and the agent speak, the customer moves the anger meter, the host pauses or
/// ends it. Scorers tag during the call and on into scoring (<see cref="TagRules"/>).
/// </summary>
public sealed partial class Room
{
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
        RequireNotMuted(actorId, "speak on the call");
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
        if (drill is null || !TagRules.IsOpen(State.Phase))
        {
            throw new DrillRuleException($"You can tag messages only during the call or scoring; the room is in {PhaseName(State.Phase)}.");
        }

        if (!drill.ScorerIds.Contains(actorId))
        {
            throw new DrillRuleException("Only this drill's scorers tag messages.");
        }

        RequireNotMuted(actorId, "tag messages");

        var message = drill.Transcript.FirstOrDefault(m => m.Number == messageNumber)
            ?? throw new DrillRuleException($"There is no message [{messageNumber}] in this drill.");
        if (!TagRules.IsTaggable(message.Role))
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

    private IReadOnlyList<StoredEvent> Finish(DrillRecord drill, CallOutcome outcome, string endedBy, DateTimeOffset now)
    {
        return [Append(new CallEnded { Seq = NextSeq, At = now, Outcome = outcome, EndedBy = endedBy, ScoringEndsAt = now + drill.ScoringTimeLimit })];
    }

    /// <summary>
    /// A tag is seen live by the scorer who made it and by a host who is only watching (the
    /// facilitator); never by the agent or the customer before the debrief.
    /// </summary>
    private EventAudience TagAudience(DrillRecord drill, string scorerId) =>
        State.HostId.Length > 0 && State.HostId != drill.AgentId && State.HostId != drill.CustomerId && !drill.ScorerIds.Contains(State.HostId)
            ? EventAudience.Only(scorerId, State.HostId)
            : EventAudience.Only(scorerId);
}
