using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// The one place a room's state changes: each event, applied in order, moves the state on. The live
/// room applies the events its rules append; a room coming back from storage applies the journal's
/// events after its snapshot, and ends up exactly where it was.
/// </summary>
public static class RoomTransitions
{
    /// <summary>Applies a stored event and remembers the action id it carries, if any.</summary>
    public static void Apply(RoomState state, StoredEvent stored)
    {
        Apply(state, stored.Event);
        if (stored is { ActorId: { } actorId, ActionId: { } actionId })
        {
            RecentActions.Remember(state, actorId, actionId);
        }
    }

    public static void Apply(RoomState state, RoomEvent roomEvent)
    {
        if (roomEvent.Seq != state.Seq + 1)
        {
            throw new InvalidOperationException(
                $"Room {state.Code} is at event {state.Seq}; event {roomEvent.Seq} ({roomEvent.GetType().Name}) does not follow it.");
        }

        state.Seq = roomEvent.Seq;
        switch (roomEvent)
        {
            case MemberJoined e:
                state.Members.Add(new RoomMember { PlayerId = e.Member.PlayerId, Name = e.Member.Name, Role = e.Member.Role, JoinedAt = e.At });
                state.FormerMembers.Remove(e.Member.PlayerId);
                if (e.Member.IsHost)
                {
                    state.HostId = e.Member.PlayerId;
                }

                break;
            case MemberLeft e:
                state.Members.RemoveAll(m => m.PlayerId == e.PlayerId);
                state.FormerMembers.Add(e.PlayerId);
                state.HostId = e.HostId;
                break;
            case MemberBanned e:
                state.Members.RemoveAll(m => m.PlayerId == e.PlayerId);
                state.FormerMembers.Remove(e.PlayerId);
                state.Banned.RemoveAll(b => b.PlayerId == e.PlayerId);
                state.Banned.Add(new BannedMember { PlayerId = e.PlayerId, Name = e.Name, BannedAt = e.At, FinishedDrillsBefore = state.FinishedDrills });
                break;
            case MemberUnbanned e:
                // Once the ban is lifted they are like anyone who left: they may read the room's history and join again.
                state.Banned.RemoveAll(b => b.PlayerId == e.PlayerId);
                if (!state.FormerMembers.Contains(e.PlayerId))
                {
                    state.FormerMembers.Add(e.PlayerId);
                }

                break;
            case MemberMuted e:
                state.Muted.Add(e.PlayerId);
                break;
            case MemberUnmuted e:
                state.Muted.Remove(e.PlayerId);
                break;
            case RolesAssigned e:
                foreach (var view in e.Members)
                {
                    if (state.Members.Find(m => m.PlayerId == view.PlayerId) is { } member)
                    {
                        member.Role = view.Role;
                    }
                }

                break;
            case DrillStarted e:
                StartDrill(state, e);
                break;
            case CustomerCardDealt e:
                Drill(state, e).Card = e.Card;
                break;
            case MessagePosted e:
                Drill(state, e).Transcript.Add(e.Message);
                break;
            case CoachHintGiven e:
                Drill(state, e).CoachHints.Add(e.Hint);
                break;
            case AngerChanged e:
                var drill = Drill(state, e);
                drill.Anger = e.Level;
                drill.AngerCurve.Add(new AngerPoint { At = e.At, Level = e.Level, AfterMessage = drill.Transcript.Count });
                break;
            case MessageTagged e:
                var tags = Drill(state, e).Tags;
                tags.RemoveAll(t => t.ScorerId == e.Tag.ScorerId && t.MessageNumber == e.Tag.MessageNumber && t.Technique == e.Tag.Technique);
                tags.Add(e.Tag);
                break;
            case CallPaused e:
                Drill(state, e).PausedAt = e.At;
                break;
            case CallResumed e:
                var resumed = Drill(state, e);
                resumed.CallEndsAt = e.CallEndsAt;
                resumed.PausedAt = null;
                break;
            case CallEnded e:
                var ended = Drill(state, e);
                ended.Outcome = e.Outcome;
                ended.EndedAt = e.At;
                ended.ScoringEndsAt = e.ScoringEndsAt;
                ended.PausedAt = null;
                state.Phase = DrillPhase.Scoring;
                break;
            case RubricRecorded e:
                Drill(state, e).Rubrics.Add(e.Sheet);
                break;
            case ReflectionRecorded e:
                var reflected = Drill(state, e);
                reflected.Reflection = e.Text.Length > 0 ? e.Text : null;
                reflected.ReflectionDoDifferently = e.DoDifferently.Length > 0 ? e.DoDifferently : null;
                break;
            case SupportRecorded e:
                Drill(state, e).SupportLines.Add(e.Line);
                break;
            case FidelityRated e:
                var fidelity = Drill(state, e).Fidelity;
                fidelity.RemoveAll(f => f.ScorerId == e.Rating.ScorerId);
                fidelity.Add(e.Rating);
                break;
            case DebriefPublished e:
                state.FinishedDrills = e.Debrief.DrillNumber;
                state.LastDebrief = e.Debrief;
                state.Phase = DrillPhase.Debrief;
                break;
            case DrillCancelled e:
                state.CancelledReason = e.Reason;
                state.Current = null;
                state.Phase = DrillPhase.Lobby;
                break;
            case RubricSubmitted or ReflectionWritten or SupportWritten:
                break; // announcements: the state moved with the private event beside them
            case WatchLinkOpened or WatchLinkClosed:
                break; // the link's key lives beside the room (its own grain); the room only announces it
            default:
                throw new InvalidOperationException($"Room {state.Code} has no transition for {roomEvent.GetType().Name}.");
        }
    }

    /// <summary>The roles come from the members as the event lists them; the card follows in its own event.</summary>
    private static void StartDrill(RoomState state, DrillStarted e)
    {
        var customerId = e.Members.Single(m => m.Role == DrillRole.Customer).PlayerId;
        var agentId = e.Members.Single(m => m.Role == DrillRole.Agent).PlayerId;
        foreach (var member in state.Members)
        {
            member.TimesCustomer += member.PlayerId == customerId ? 1 : 0;
            member.TimesAgent += member.PlayerId == agentId ? 1 : 0;
        }

        state.Current = new DrillRecord
        {
            Number = e.DrillNumber,
            Card = new CustomerCard { Brief = e.Brief, StartingAnger = e.StartingAnger },
            CustomerId = customerId,
            AgentId = agentId,
            ScorerIds = [.. e.Members.Where(m => m.Role == DrillRole.Scorer).Select(m => m.PlayerId)],
            StartedAt = e.At,
            CallEndsAt = e.CallEndsAt,
            Anger = e.StartingAnger,
            AngerCurve = [new AngerPoint { At = e.At, Level = e.StartingAnger, AfterMessage = 0 }],
            Rubric = [.. e.Rubric],
            Participants = [.. e.Members.Where(m => m.Role != DrillRole.None)],
            ScoringTimeLimit = e.ScoringTimeLimit,
            CardVersion = e.CardVersion,
        };
        state.Phase = DrillPhase.Call;
        if (!state.PlayedCardIds.Contains(e.Brief.CardId))
        {
            state.PlayedCardIds.Add(e.Brief.CardId);
        }
    }

    private static DrillRecord Drill(RoomState state, RoomEvent e) =>
        state.Current ?? throw new InvalidOperationException($"Room {state.Code} has no drill for event {e.Seq} ({e.GetType().Name}).");
}
