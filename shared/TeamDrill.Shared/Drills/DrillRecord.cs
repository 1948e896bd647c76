using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>One drill in a room: the card, who played what, the call, the tags and the rubrics.</summary>
[MessagePackObject]
public sealed class DrillRecord
{
    [Key(0)] public int Number { get; set; }
    [Key(1)] public CustomerCard Card { get; set; } = new();
    [Key(2)] public string CustomerId { get; set; } = "";
    [Key(3)] public string AgentId { get; set; } = "";
    [Key(4)] public List<string> ScorerIds { get; set; } = [];
    [Key(5)] public DateTimeOffset StartedAt { get; set; }
    [Key(6)] public DateTimeOffset CallEndsAt { get; set; }
    [Key(7)] public DateTimeOffset? EndedAt { get; set; }
    [Key(8)] public CallOutcome Outcome { get; set; }
    [Key(9)] public List<TranscriptMessage> Transcript { get; set; } = [];
    [Key(10)] public int Anger { get; set; }
    [Key(11)] public List<AngerPoint> AngerCurve { get; set; } = [];
    [Key(12)] public List<MessageTag> Tags { get; set; } = [];
    [Key(13)] public List<RubricSheet> Rubrics { get; set; } = [];
    [Key(14)] public List<RubricCriterionView> Rubric { get; set; } = [];
    [Key(15)] public List<MemberView> Participants { get; set; } = [];
    /// <summary>Every coach hint on the agent's messages, whether or not the agent was shown it.</summary>
    [Key(16)] public List<CoachHint> CoachHints { get; set; } = [];
    /// <summary>The agent's reflection, part one: what worked (an older one-line reflection reads here).</summary>
    [Key(17)] public string? Reflection { get; set; }
    [Key(18)] public List<FidelityRating> Fidelity { get; set; } = [];
    [Key(19)] public DateTimeOffset? ScoringEndsAt { get; set; }
    [Key(20)] public TimeSpan ScoringTimeLimit { get; set; } = TimeSpan.FromMinutes(10);
    [Key(21)] public string CardVersion { get; set; } = "";
    /// <summary>When the host paused the call; null while it runs.</summary>
    [Key(22)] public DateTimeOffset? PausedAt { get; set; }
    /// <summary>The agent's reflection, part two: what they would do differently.</summary>
    [Key(23)] public string? ReflectionDoDifferently { get; set; }
    /// <summary>The scorers' lines of peer support, at most one each.</summary>
    [Key(24)] public List<SupportLine> SupportLines { get; set; } = [];

    /// <summary>Whether the agent has written either part of the reflection (the debrief waits for it).</summary>
    [IgnoreMember]
    public bool HasReflection => Reflection is not null || ReflectionDoDifferently is not null;
}
