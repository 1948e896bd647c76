using MessagePack;
using Orleans;

namespace TeamDrill.Shared.Protocol;

// Every DTO carries two sets of explicit keys: MessagePack ([Key]) for the client wire and for data at
// rest, Orleans ([Id]) for edge-to-silo calls. Keys are append-only: never renumber, never reuse.

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class MemberView
{
    [Key(0), Id(0)] public string PlayerId { get; init; } = "";
    [Key(1), Id(1)] public string Name { get; init; } = "";
    [Key(2), Id(2)] public DrillRole Role { get; init; }
    [Key(3), Id(3)] public bool IsHost { get; init; }
    /// <summary>The host muted this member: the member list marks them.</summary>
    [Key(4), Id(4)] public bool IsMuted { get; init; }
}

/// <summary>What the agent and the scorers see of a card: what a real agent would have on screen.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class PublicBrief
{
    [Key(0), Id(0)] public string CardId { get; init; } = "";
    [Key(1), Id(1)] public string Title { get; init; } = "";
    [Key(2), Id(2)] public int Difficulty { get; init; }
    /// <summary>The customer's name as the agent should address them ("Mrs Okafor").</summary>
    [Key(3), Id(3)] public string CustomerName { get; init; } = "";
    [Key(4), Id(4)] public string AccountSummary { get; init; } = "";
    /// <summary>Order, ticket and history facts on the agent's screen.</summary>
    [Key(5), Id(5)] public IReadOnlyList<string> Facts { get; init; } = [];
    [Key(6), Id(6)] public string OpeningLine { get; init; } = "";
    /// <summary>Ids of the rubric criteria this card stresses; empty until the debrief, so the agent is not warned what is coming.</summary>
    [Key(7), Id(7)] public IReadOnlyList<string> Criteria { get; init; } = [];

    /// <summary>The brief as the agent may see it before and during the call: everything but what it is scored on.</summary>
    public PublicBrief BeforeTheCall() => new()
    {
        CardId = CardId,
        Title = Title,
        Difficulty = Difficulty,
        CustomerName = CustomerName,
        AccountSummary = AccountSummary,
        Facts = Facts,
        OpeningLine = OpeningLine,
    };
}

/// <summary>One headed block of the customer's private card ("Hidden facts", "What raises your anger"...).</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class CardSection
{
    [Key(0), Id(0)] public string Heading { get; init; } = "";
    [Key(1), Id(1)] public IReadOnlyList<string> Lines { get; init; } = [];
}

/// <summary>The whole card, for the customer alone.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class CustomerCard
{
    [Key(0), Id(0)] public PublicBrief Brief { get; init; } = new();
    [Key(1), Id(1)] public int StartingAnger { get; init; }
    [Key(2), Id(2)] public IReadOnlyList<CardSection> Sections { get; init; } = [];
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class RubricCriterionView
{
    [Key(0), Id(0)] public string Id { get; init; } = "";
    [Key(1), Id(1)] public string Name { get; init; } = "";
    [Key(2), Id(2)] public string Definition { get; init; } = "";
    /// <summary>Behavioural anchors for scores 1 to 5 (index 0 is score 1).</summary>
    [Key(3), Id(3)] public IReadOnlyList<string> Anchors { get; init; } = [];
    [Key(4), Id(4)] public bool AllowsNotApplicable { get; init; }
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class TranscriptMessage
{
    /// <summary>1-based number of the message within its drill; tags refer to it.</summary>
    [Key(0), Id(0)] public int Number { get; init; }
    [Key(1), Id(1)] public string SenderId { get; init; } = "";
    [Key(2), Id(2)] public string SenderName { get; init; } = "";
    [Key(3), Id(3)] public DrillRole Role { get; init; }
    [Key(4), Id(4)] public string Text { get; init; } = "";
    [Key(5), Id(5)] public DateTimeOffset At { get; init; }
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class AngerPoint
{
    [Key(0), Id(0)] public DateTimeOffset At { get; init; }
    [Key(1), Id(1)] public int Level { get; init; }
    /// <summary>How many messages had been sent when the level was set.</summary>
    [Key(2), Id(2)] public int AfterMessage { get; init; }
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class MessageTag
{
    [Key(0), Id(0)] public string ScorerId { get; init; } = "";
    [Key(1), Id(1)] public string ScorerName { get; init; } = "";
    [Key(2), Id(2)] public int MessageNumber { get; init; }
    [Key(3), Id(3)] public string Technique { get; init; } = "";
    [Key(4), Id(4)] public TagPolarity Polarity { get; init; }
    [Key(5), Id(5)] public DateTimeOffset At { get; init; }
}

/// <summary>One scorer's rubric: criterion id to a score 1..5, or null for N/A.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class RubricSheet
{
    [Key(0), Id(0)] public string ScorerId { get; init; } = "";
    [Key(1), Id(1)] public string ScorerName { get; init; } = "";
    [Key(2), Id(2)] public IReadOnlyDictionary<string, int?> Scores { get; init; } = new Dictionary<string, int?>();
    [Key(3), Id(3)] public DateTimeOffset SubmittedAt { get; init; }
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class CriterionConsensus
{
    [Key(0), Id(0)] public string CriterionId { get; init; } = "";
    [Key(1), Id(1)] public string Name { get; init; } = "";
    /// <summary>Mean of the scorers' numeric scores; null when every scorer said N/A.</summary>
    [Key(2), Id(2)] public double? Consensus { get; init; }
    [Key(3), Id(3)] public int Scored { get; init; }
    [Key(4), Id(4)] public int NotApplicable { get; init; }
    [Key(5), Id(5)] public int? Min { get; init; }
    [Key(6), Id(6)] public int? Max { get; init; }
    [Key(7), Id(7)] public double? Median { get; init; }
    /// <summary>Sample standard deviation (n-1) of the numeric scores; null with fewer than two.</summary>
    [Key(8), Id(8)] public double? Spread { get; init; }
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class Debrief
{
    [Key(0), Id(0)] public string RoomCode { get; init; } = "";
    [Key(1), Id(1)] public int DrillNumber { get; init; }
    [Key(2), Id(2)] public PublicBrief Brief { get; init; } = new();
    [Key(3), Id(3)] public IReadOnlyList<MemberView> Participants { get; init; } = [];
    [Key(4), Id(4)] public CallOutcome Outcome { get; init; }
    [Key(5), Id(5)] public DateTimeOffset StartedAt { get; init; }
    [Key(6), Id(6)] public DateTimeOffset EndedAt { get; init; }
    [Key(7), Id(7)] public IReadOnlyList<TranscriptMessage> Transcript { get; init; } = [];
    [Key(8), Id(8)] public IReadOnlyList<AngerPoint> AngerCurve { get; init; } = [];
    [Key(9), Id(9)] public IReadOnlyList<MessageTag> Tags { get; init; } = [];
    [Key(10), Id(10)] public IReadOnlyList<CriterionConsensus> Consensus { get; init; } = [];
    /// <summary>The agent's overall score on the 1..5 scale: the mean of the criteria that have a consensus.</summary>
    [Key(11), Id(11)] public double? OverallScore { get; init; }
    [Key(12), Id(12)] public IReadOnlyList<RubricSheet> Rubrics { get; init; } = [];
    /// <summary>True when the host closed scoring before every scorer had submitted.</summary>
    [Key(13), Id(13)] public bool ClosedEarly { get; init; }
    /// <summary>
    /// The agent's reflection, part one: what worked (an older one-line reflection reads here), written
    /// before the reveal and shown first; null when not written.
    /// </summary>
    [Key(14), Id(14)] public string? Reflection { get; init; }
    /// <summary>Coach hints from the phrasebook on the agent's messages, kept for the debrief.</summary>
    [Key(15), Id(15)] public IReadOnlyList<CoachHint> CoachHints { get; init; } = [];
    /// <summary>Each scorer's rating (1..5) of how faithfully the customer played the card.</summary>
    [Key(16), Id(16)] public IReadOnlyList<FidelityRating> Fidelity { get; init; } = [];
    /// <summary>How the figures were reached: 0-100 score and its parts, agreement, calibration, reasons.</summary>
    [Key(17), Id(17)] public DebriefFigures? Figures { get; init; }
    /// <summary>The rubric the drill was scored against.</summary>
    [Key(18), Id(18)] public IReadOnlyList<RubricCriterionView> Rubric { get; init; } = [];
    /// <summary>A fingerprint of the card's text when it was played, so an archive names the exact card.</summary>
    [Key(19), Id(19)] public string CardVersion { get; init; } = "";
    /// <summary>The agent's reflection, part two: what they would do differently; null when not written.</summary>
    [Key(20), Id(20)] public string? ReflectionDoDifferently { get; init; }
    /// <summary>Each scorer's optional line of peer support ("one thing that helped"), in the order written.</summary>
    [Key(21), Id(21)] public IReadOnlyList<SupportLine> SupportLines { get; init; } = [];
}

/// <summary>A phrase from the phrasebook found in an agent message.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class CoachHint
{
    [Key(0), Id(0)] public int MessageNumber { get; init; }
    /// <summary>Time since the call started, "mm:ss".</summary>
    [Key(1), Id(1)] public string Offset { get; init; } = "";
    /// <summary>avoid, empathy, ownership, boundary or escalation.</summary>
    [Key(2), Id(2)] public string Kind { get; init; } = "";
    [Key(3), Id(3)] public string Phrase { get; init; } = "";
    [Key(4), Id(4)] public string Why { get; init; } = "";
    [Key(5), Id(5)] public string? Instead { get; init; }
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class FidelityRating
{
    [Key(0), Id(0)] public string ScorerId { get; init; } = "";
    [Key(1), Id(1)] public string ScorerName { get; init; } = "";
    [Key(2), Id(2)] public int Score { get; init; }
}

/// <summary>The numbers of a debrief with the reasons behind them.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class DebriefFigures
{
    /// <summary>The agent's score on 0..100; null when nothing was scored.</summary>
    [Key(0), Id(0)] public double? Score { get; init; }
    [Key(1), Id(1)] public IReadOnlyList<ScoreComponent> Components { get; init; } = [];
    [Key(2), Id(2)] public AgreementFigure OrdinalAlpha { get; init; } = new();
    [Key(3), Id(3)] public AgreementFigure IntervalAlpha { get; init; } = new();
    [Key(4), Id(4)] public IReadOnlyList<ScorerCalibration> Calibration { get; init; } = [];
    [Key(5), Id(5)] public IReadOnlyList<CriterionReason> Reasons { get; init; } = [];
    [Key(6), Id(6)] public double? FidelityMean { get; init; }
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class ScoreComponent
{
    [Key(0), Id(0)] public string Name { get; init; } = "";
    [Key(1), Id(1)] public double Weight { get; init; }
    /// <summary>The component's own value on 0..100.</summary>
    [Key(2), Id(2)] public double Value { get; init; }
    [Key(3), Id(3)] public string Explanation { get; init; } = "";
}

/// <summary>Krippendorff's alpha, or why there is none.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class AgreementFigure
{
    [Key(0), Id(0)] public double? Alpha { get; init; }
    /// <summary>Set when <see cref="Alpha"/> is null: why it is undefined ("not enough data: ...").</summary>
    [Key(1), Id(1)] public string? Reason { get; init; }
    /// <summary>
    /// How many values were paired (Krippendorff's n). One drill has few, so its alpha is indicative
    /// only; a round's or season's pools many and is the figure to trust. 0 in debriefs stored before it.
    /// </summary>
    [Key(2), Id(2)] public int PairableValues { get; init; }
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class ScorerCalibration
{
    [Key(0), Id(0)] public string ScorerId { get; init; } = "";
    [Key(1), Id(1)] public string ScorerName { get; init; } = "";
    /// <summary>Mean absolute distance from the panel median (from the other scorer when only two scored), in rubric points.</summary>
    [Key(2), Id(2)] public double? Distance { get; init; }
    /// <summary>Mean signed difference: above zero lenient, below strict.</summary>
    [Key(3), Id(3)] public double? Bias { get; init; }
    /// <summary>lenient, strict, in line, two scorers (apart, nobody is called off), or not enough data.</summary>
    [Key(4), Id(4)] public string Leaning { get; init; } = "";
    [Key(5), Id(5)] public IReadOnlyDictionary<string, double?> PerCriterion { get; init; } = new Dictionary<string, double?>();
}

/// <summary>What drove a criterion: the scorers' tags on it and the messages they point at.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class CriterionReason
{
    [Key(0), Id(0)] public string CriterionId { get; init; } = "";
    [Key(1), Id(1)] public int Plus { get; init; }
    [Key(2), Id(2)] public int Minus { get; init; }
    [Key(3), Id(3)] public IReadOnlyList<string> Evidence { get; init; } = [];
}

/// <summary>A line of a player's history: one finished drill.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class HistoryEntry
{
    [Key(0), Id(0)] public string RoomCode { get; init; } = "";
    [Key(1), Id(1)] public int DrillNumber { get; init; }
    [Key(2), Id(2)] public string CardTitle { get; init; } = "";
    [Key(3), Id(3)] public DrillRole MyRole { get; init; }
    [Key(4), Id(4)] public string AgentName { get; init; } = "";
    [Key(5), Id(5)] public CallOutcome Outcome { get; init; }
    [Key(6), Id(6)] public double? OverallScore { get; init; }
    [Key(7), Id(7)] public DateTimeOffset EndedAt { get; init; }
}

/// <summary>Everything one viewer may see of a room right now.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class RoomSnapshot
{
    [Key(0), Id(0)] public string Code { get; init; } = "";
    /// <summary>Sequence number of the last event this snapshot includes.</summary>
    [Key(1), Id(1)] public long Seq { get; init; }
    [Key(2), Id(2)] public string HostId { get; init; } = "";
    [Key(3), Id(3)] public DrillPhase Phase { get; init; }
    [Key(4), Id(4)] public IReadOnlyList<MemberView> Members { get; init; } = [];
    [Key(5), Id(5)] public int DrillNumber { get; init; }
    [Key(6), Id(6)] public PublicBrief? Brief { get; init; }
    /// <summary>Only in the customer's snapshot.</summary>
    [Key(7), Id(7)] public CustomerCard? Card { get; init; }
    [Key(8), Id(8)] public IReadOnlyList<TranscriptMessage> Transcript { get; init; } = [];
    [Key(9), Id(9)] public int Anger { get; init; }
    [Key(10), Id(10)] public DateTimeOffset? CallEndsAt { get; init; }
    [Key(11), Id(11)] public CallOutcome Outcome { get; init; }
    [Key(12), Id(12)] public IReadOnlyList<string> SubmittedScorerIds { get; init; } = [];
    /// <summary>The viewer's own rubric, if they are a scorer who submitted.</summary>
    [Key(13), Id(13)] public RubricSheet? MyRubric { get; init; }
    /// <summary>Tags the viewer may see: its own as a scorer, all of them after the debrief.</summary>
    [Key(14), Id(14)] public IReadOnlyList<MessageTag> Tags { get; init; } = [];
    [Key(15), Id(15)] public Debrief? Debrief { get; init; }
    [Key(16), Id(16)] public IReadOnlyList<RubricCriterionView> Rubric { get; init; } = [];
    [Key(17), Id(17)] public IReadOnlyList<AngerPoint> AngerCurve { get; init; } = [];
    /// <summary>Coach hints for the viewer when they are the agent of a practice drill.</summary>
    [Key(18), Id(18)] public IReadOnlyList<CoachHint> MyHints { get; init; } = [];
    /// <summary>Whether the agent has written the reflection yet (its text stays hidden until the debrief).</summary>
    [Key(19), Id(19)] public bool ReflectionWritten { get; init; }
    [Key(20), Id(20)] public DateTimeOffset? ScoringEndsAt { get; init; }
    [Key(21), Id(21)] public bool Practice { get; init; } = true;
    [Key(22), Id(22)] public bool Paused { get; init; }
    /// <summary>Why this league room was cancelled, as members are told it; empty while it runs.</summary>
    [Key(23), Id(23)] public string Cancelled { get; init; } = "";
    /// <summary>The viewer's own line of peer support for this drill, if they are a scorer who left one.</summary>
    [Key(24), Id(24)] public string? MySupportLine { get; init; }
    /// <summary>The names of the players banned from the room; filled for the host only.</summary>
    [Key(25), Id(25)] public IReadOnlyList<string> BannedNames { get; init; } = [];
}

/// <summary>Answer to a resync: the missed events in order, or a snapshot when they are no longer kept.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class ResyncResult
{
    [Key(0), Id(0)] public IReadOnlyList<RoomEvent> Events { get; init; } = [];
    [Key(1), Id(1)] public RoomSnapshot? Snapshot { get; init; }
}
