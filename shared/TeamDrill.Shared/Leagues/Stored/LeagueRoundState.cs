using MessagePack;

namespace TeamDrill.Shared.Leagues.Stored;

[MessagePackObject]
public sealed class LeagueRoundState
{
    [Key(0)] public int Season { get; set; }
    [Key(1)] public int Number { get; set; }
    [Key(2)] public List<LeagueDrillState> Drills { get; set; } = [];
    [Key(3)] public List<string> AbsentIds { get; set; } = [];
    [Key(4)] public bool Closed { get; set; }
    [Key(5)] public DateTimeOffset StartedAt { get; set; }
    [Key(6)] public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>Krippendorff's alpha (ordinal) over the round's rubrics, set at close; null when undefined.</summary>
    [Key(7)] public double? AgreementAlpha { get; set; }
    [Key(8)] public string? AgreementReason { get; set; }
}
