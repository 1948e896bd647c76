using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>Scoring: each scorer's blind rubric and fidelity rating, and closing when all are in (with the agent's reflection) or time is up.</summary>
public sealed partial class Room
{
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

        RequireNotMuted(actorId, "submit scores");

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

    public IReadOnlyList<StoredEvent> RateFidelity(string actorId, int score, DateTimeOffset now)
    {
        var drill = RequirePhase(DrillPhase.Scoring, "rate the customer's fidelity");
        if (!drill.ScorerIds.Contains(actorId))
        {
            throw new DrillRuleException("Only this drill's scorers rate the customer's fidelity to the card.");
        }

        RequireNotMuted(actorId, "rate the customer's fidelity");

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

    /// <summary>The debrief waits for every scorer's rubric and the agent's reflection.</summary>
    private static bool ReadyToReveal(DrillRecord drill) =>
        drill.Rubrics.Count == drill.ScorerIds.Count && drill.HasReflection;
}
