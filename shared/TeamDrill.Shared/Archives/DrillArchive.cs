using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Archives;

/// <summary>
/// Everything about one finished drill, as stored in a <c>.tdrill</c> file (see docs/archive-format.md).
/// Keys are append-only: never renumber or reuse one; a new field takes the next key and old files read
/// it as its default.
/// </summary>
[MessagePackObject]
public sealed class DrillArchive
{
    [Key(0)] public string CardId { get; init; } = "";
    /// <summary>The card's content hash as supplied by the caller, so a replay can tell which wording was played.</summary>
    [Key(1)] public string CardVersion { get; init; } = "";
    [Key(2)] public string RoomCode { get; init; } = "";
    [Key(3)] public int DrillNumber { get; init; }
    [Key(4)] public IReadOnlyList<MemberView> Participants { get; init; } = [];
    [Key(5)] public IReadOnlyList<TranscriptMessage> Transcript { get; init; } = [];
    [Key(6)] public IReadOnlyList<MessageTag> Tags { get; init; } = [];
    [Key(7)] public IReadOnlyList<RubricSheet> Rubrics { get; init; } = [];
    [Key(8)] public IReadOnlyList<AngerPoint> AngerCurve { get; init; } = [];
    [Key(9)] public CallOutcome Outcome { get; init; }
    [Key(10)] public DateTimeOffset StartedAt { get; init; }
    [Key(11)] public DateTimeOffset EndedAt { get; init; }
    /// <summary>When scoring closed and the debrief went out.</summary>
    [Key(12)] public DateTimeOffset ScoredAt { get; init; }
    /// <summary>The agent's reflection, what worked (or an older one-line reflection); null when not written.</summary>
    [Key(13)] public string? Reflection { get; init; }
    /// <summary>Scorers' ratings of the customer's fidelity to the card; null when none were collected.</summary>
    [Key(14)] public IReadOnlyList<FidelityRating>? FidelityRatings { get; init; }
    [Key(15)] public string CardTitle { get; init; } = "";
    /// <summary>The rubric the scorers filled, for criterion names and order.</summary>
    [Key(16)] public IReadOnlyList<RubricCriterionView> Rubric { get; init; } = [];
    /// <summary>True when the host closed scoring before every scorer had submitted.</summary>
    [Key(17)] public bool ClosedEarly { get; init; }
    /// <summary>The agent's reflection, what they would do differently; null when not written (and in older files).</summary>
    [Key(18)] public string? ReflectionDoDifferently { get; init; }
    /// <summary>The scorers' lines of peer support; empty when none were left (and in older files).</summary>
    [Key(19)] public IReadOnlyList<SupportLine> SupportLines { get; init; } = [];
    /// <summary>The criteria the card tests (they weigh double in the score); null in archives written before it.</summary>
    [Key(20)] public IReadOnlyList<string>? CardCriteria { get; init; }

    /// <summary>The archive of a published debrief; the rest is what the debrief does not carry.</summary>
    public static DrillArchive FromDebrief(
        Debrief debrief,
        string cardVersion,
        IReadOnlyList<RubricCriterionView> rubric,
        DateTimeOffset scoredAt,
        string? reflection = null,
        IReadOnlyList<FidelityRating>? fidelityRatings = null)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        return new DrillArchive
        {
            CardId = debrief.Brief.CardId,
            CardVersion = cardVersion,
            CardTitle = debrief.Brief.Title,
            RoomCode = debrief.RoomCode,
            DrillNumber = debrief.DrillNumber,
            Participants = debrief.Participants,
            Transcript = debrief.Transcript,
            Tags = debrief.Tags,
            Rubrics = debrief.Rubrics,
            Rubric = rubric,
            AngerCurve = debrief.AngerCurve,
            Outcome = debrief.Outcome,
            StartedAt = debrief.StartedAt,
            EndedAt = debrief.EndedAt,
            ScoredAt = scoredAt,
            Reflection = reflection,
            FidelityRatings = fidelityRatings,
            ClosedEarly = debrief.ClosedEarly,
            ReflectionDoDifferently = debrief.ReflectionDoDifferently,
            SupportLines = debrief.SupportLines,
            CardCriteria = debrief.Brief.Criteria,
        };
    }
}
