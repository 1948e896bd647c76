using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;

namespace TeamDrill.Shared.Drills;

/// <summary>The debrief: published once scoring closes, then read back with the room's finished drills.</summary>
public sealed partial class Room
{
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
            ReflectionDoDifferently = drill.ReflectionDoDifferently,
            SupportLines = drill.SupportLines.ToList(),
            CoachHints = drill.CoachHints.ToList(),
            Fidelity = drill.Fidelity.ToList(),
            Rubric = drill.Rubric.ToList(),
            CardVersion = drill.CardVersion,
            Figures = DebriefFiguresBuilder.Build(
                drill.Rubric, drill.Rubrics, consensus, tags, drill.Transcript, drill.Outcome, drill.AngerCurve, drill.Fidelity,
                drill.Card.Brief.Criteria),
        };
        return Append(new DebriefPublished { Seq = NextSeq, At = now, Debrief = debrief });
    }

    /// <summary>
    /// A finished drill's debrief: the last one the room holds, or <paramref name="stored"/> as read from
    /// the finished drills kept apart.
    /// </summary>
    public Debrief GetDebrief(string playerId, int drillNumber, Debrief? stored = null)
    {
        RequireDrillReader(playerId, drillNumber);
        var debrief = State.LastDebrief is { } last && last.DrillNumber == drillNumber ? last
            : stored is not null && stored.DrillNumber == drillNumber ? stored
            : throw new DrillRuleException($"Room {State.Code} has no finished drill {drillNumber}.");
        RequireDrillReader(playerId, drillNumber, debrief.Participants);
        return debrief;
    }

    /// <summary>Whether <paramref name="drillNumber"/> is a finished drill that is not the one the room holds.</summary>
    public bool IsEarlierDrill(int drillNumber) => drillNumber >= 1 && drillNumber <= State.FinishedDrills && drillNumber != State.LastDebrief?.DrillNumber;

    /// <summary>A banned player's history keeps the drills they played before the ban, and nothing later.</summary>
    public IReadOnlyList<HistoryEntry> HistoryFor(string playerId, IEnumerable<DrillSummary> finished)
    {
        if (BanOf(playerId) is { } ban)
        {
            return finished
                .Where(d => d.DrillNumber <= ban.FinishedDrillsBefore && d.Participants.Any(p => p.PlayerId == playerId))
                .Select(d => d.For(State.Code, playerId)).ToList();
        }

        RequireReader(playerId);
        return finished.Select(d => d.For(State.Code, playerId)).ToList();
    }
}
