using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Content;

/// <summary>The loaded deck and rubric, as the grains need them.</summary>
public interface IContentCatalog
{
    IReadOnlyList<PublicBrief> Briefs { get; }

    /// <summary>The named card, or one the room has not played yet (any card once all are played).</summary>
    /// <summary>Phrasebook hints for an agent message sent <paramref name="offset"/> into the call.</summary>
    IReadOnlyList<CoachHint> Coach(TranscriptMessage message, TimeSpan offset);

    DrillCard Pick(string? cardId, IReadOnlyCollection<string> playedCardIds, Random random);
}
