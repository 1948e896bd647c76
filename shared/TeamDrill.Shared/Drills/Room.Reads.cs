using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>What a member or former member may read: the events they missed, or a snapshot of the room as they may see it.</summary>
public sealed partial class Room
{
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
        return SnapshotAs(playerId);
    }

    /// <summary>
    /// The room as a projector link shows it: the same snapshot as a member's, for a viewer who is nobody,
    /// so it holds only what every member sees (no card, no tags or scores before the debrief, no hints).
    /// </summary>
    public RoomSnapshot WatcherSnapshot() => SnapshotAs(WatcherIds.For(State.Code));

    private RoomSnapshot SnapshotAs(string playerId)
    {
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
            Brief = inDebrief ? drill?.Card.Brief : drill?.Card.Brief.BeforeTheCall(),
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
            ReflectionWritten = drill?.HasReflection == true,
            ScoringEndsAt = drill?.ScoringEndsAt,
            Practice = State.Practice,
            Paused = drill?.PausedAt is not null,
            Cancelled = CancelledMessage,
            MySupportLine = drill?.SupportLines.Find(l => l.ScorerId == playerId)?.Text,
            BannedNames = playerId == State.HostId ? State.Banned.Select(b => b.Name).ToList() : [],
        };
    }
}
