using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Leagues.Stored;

/// <summary>What the league keeps of a finished drill's debrief.</summary>
[MessagePackObject]
public sealed class LeagueDrillResult
{
    /// <summary>The agent's normalized score, 0..1 (the debrief's 0-100 score / 100); null when nothing was scored.</summary>
    [Key(0)] public double? AgentScore { get; set; }
    /// <summary>Consensus (1..5) per rubric criterion that has one.</summary>
    [Key(1)] public Dictionary<string, double> Consensus { get; set; } = new(StringComparer.Ordinal);
    [Key(2)] public List<ScorerCalibration> Calibration { get; set; } = [];
    [Key(3)] public List<FidelityRating> Fidelity { get; set; } = [];
    [Key(4)] public List<RubricSheet> Sheets { get; set; } = [];
    [Key(5)] public List<string> CriterionIds { get; set; } = [];
    [Key(6)] public CallOutcome Outcome { get; set; }
    [Key(7)] public DateTimeOffset EndedAt { get; set; }
    [Key(8)] public Dictionary<string, string> Names { get; set; } = new(StringComparer.Ordinal);
}
