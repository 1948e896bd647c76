using MessagePack;

namespace TeamDrill.Shared.Archives;

/// <summary>
/// A scorer's rating of how faithfully the customer played the card: at its stated difficulty, with the
/// hidden facts and triggers as written. Score 1..5.
/// </summary>
[MessagePackObject]
public sealed class FidelityRating
{
    [Key(0)] public string ScorerId { get; init; } = "";
    [Key(1)] public string ScorerName { get; init; } = "";
    [Key(2)] public int Score { get; init; }
    [Key(3)] public string? Note { get; init; }
}
