using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Privacy;

/// <summary>One finished drill from one participant's seat: what they wrote and gave, and what they received.</summary>
public sealed record ExportedDrill
{
    public string RoomCode { get; init; } = "";
    public int DrillNumber { get; init; }
    public string CardTitle { get; init; } = "";
    public DrillRole Role { get; init; }
    public CallOutcome Outcome { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset EndedAt { get; init; }
    public IReadOnlyList<ExportedMessage> Messages { get; init; } = [];
    public IReadOnlyList<ExportedTag> TagsGiven { get; init; } = [];
    public IReadOnlyDictionary<string, int?>? RubricGiven { get; init; }
    public int? FidelityGiven { get; init; }
    public string? SupportGiven { get; init; }
    /// <summary>As a scorer: how far from the panel they scored.</summary>
    public ScorerCalibration? Calibration { get; init; }
    /// <summary>As the agent: the overall score on 1..5 and on 0..100.</summary>
    public double? ScoreReceived { get; init; }
    public double? Score100Received { get; init; }
    public IReadOnlyList<CriterionConsensus> ConsensusReceived { get; init; } = [];
    public IReadOnlyList<ExportedTag> TagsReceived { get; init; } = [];
    public string? Reflection { get; init; }
    public string? ReflectionDoDifferently { get; init; }
    public IReadOnlyList<SupportLine> SupportReceived { get; init; } = [];
    /// <summary>As the customer: the scorers' ratings of how faithfully they played the card.</summary>
    public IReadOnlyList<int> FidelityReceived { get; init; } = [];

    public static ExportedDrill From(string playerId, Debrief d)
    {
        var role = d.Participants.FirstOrDefault(p => p.PlayerId == playerId)?.Role ?? DrillRole.None;
        var agent = role == DrillRole.Agent;
        return new ExportedDrill
        {
            RoomCode = d.RoomCode,
            DrillNumber = d.DrillNumber,
            CardTitle = d.Brief.Title,
            Role = role,
            Outcome = d.Outcome,
            StartedAt = d.StartedAt,
            EndedAt = d.EndedAt,
            Messages = [.. d.Transcript.Where(m => m.SenderId == playerId).Select(m => new ExportedMessage(m.Number, m.Text, m.At))],
            TagsGiven = [.. d.Tags.Where(t => t.ScorerId == playerId).Select(ExportedTag.From)],
            RubricGiven = d.Rubrics.FirstOrDefault(r => r.ScorerId == playerId)?.Scores,
            FidelityGiven = d.Fidelity.FirstOrDefault(f => f.ScorerId == playerId)?.Score,
            SupportGiven = d.SupportLines.FirstOrDefault(s => s.ScorerId == playerId)?.Text,
            Calibration = d.Figures?.Calibration.FirstOrDefault(c => c.ScorerId == playerId),
            ScoreReceived = agent ? d.OverallScore : null,
            Score100Received = agent ? d.Figures?.Score : null,
            ConsensusReceived = agent ? d.Consensus : [],
            TagsReceived = agent ? [.. d.Tags.Select(ExportedTag.From)] : [],
            Reflection = agent ? d.Reflection : null,
            ReflectionDoDifferently = agent ? d.ReflectionDoDifferently : null,
            SupportReceived = agent ? d.SupportLines : [],
            FidelityReceived = role == DrillRole.Customer ? [.. d.Fidelity.Select(f => f.Score)] : [],
        };
    }
}
