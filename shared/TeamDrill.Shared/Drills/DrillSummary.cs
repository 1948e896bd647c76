using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>What a history list needs of a finished drill, stored beside its debrief so a list never reads whole debriefs.</summary>
[MessagePackObject]
public sealed class DrillSummary
{
    [Key(0)] public int DrillNumber { get; init; }
    [Key(1)] public string CardTitle { get; init; } = "";
    [Key(2)] public IReadOnlyList<MemberView> Participants { get; init; } = [];
    [Key(3)] public CallOutcome Outcome { get; init; }
    [Key(4)] public double? OverallScore { get; init; }
    [Key(5)] public DateTimeOffset EndedAt { get; init; }
    /// <summary>When the debrief was published (scoring closed).</summary>
    [Key(6)] public DateTimeOffset ScoredAt { get; init; }

    public static DrillSummary Of(Debrief debrief, DateTimeOffset scoredAt) => new()
    {
        DrillNumber = debrief.DrillNumber,
        CardTitle = debrief.Brief.Title,
        Participants = debrief.Participants,
        Outcome = debrief.Outcome,
        OverallScore = debrief.OverallScore,
        EndedAt = debrief.EndedAt,
        ScoredAt = scoredAt,
    };

    public HistoryEntry For(string roomCode, string playerId) => new()
    {
        RoomCode = roomCode,
        DrillNumber = DrillNumber,
        CardTitle = CardTitle,
        MyRole = Participants.FirstOrDefault(p => p.PlayerId == playerId)?.Role ?? DrillRole.None,
        AgentName = Participants.FirstOrDefault(p => p.Role == DrillRole.Agent)?.Name ?? "",
        Outcome = Outcome,
        OverallScore = OverallScore,
        EndedAt = EndedAt,
    };
}
