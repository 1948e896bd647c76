using MessagePack;
using Orleans;

namespace TeamDrill.Shared.Protocol;

/// <summary>
/// The next rounds as <c>round start</c> would plan them from today's presence; nothing is opened or saved.
/// The first round is exactly what the next <c>round start</c> does, cards included; later rounds show roles only.
/// Keys are append-only, as in LeagueViews.cs.
/// </summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class LeaguePreviewView
{
    /// <summary>The most rounds one preview looks ahead.</summary>
    public const int MaxRounds = 10;

    [Key(0), Id(0)] public string LeagueCode { get; init; } = "";
    [Key(1), Id(1)] public int Season { get; init; }
    /// <summary>
    /// The previewed rounds in order; their drills have no room code and status <c>preview</c>.
    /// Only the first round's drills carry a card. A later round with fewer than 3 present has no drills.
    /// </summary>
    [Key(2), Id(2)] public IReadOnlyList<LeagueRoundView> Rounds { get; init; } = [];
    /// <summary>Why later rounds show no cards; empty when only one round was previewed.</summary>
    [Key(3), Id(3)] public string Note { get; init; } = "";
}
