using TeamDrill.Shared.Content;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;
using TeamDrill.Shared.Text;

namespace TeamDrill.Grains.Content;

/// <summary>The validated content the silo loaded at start.</summary>
public sealed class ContentCatalog : IContentCatalog
{
    private readonly ContentSet _content;
    private readonly IReadOnlyList<RubricCriterionView> _rubric;

    public ContentCatalog(ContentSet content)
    {
        _content = content;
        _rubric = content.Rubric.ToViews();
        Briefs = content.Cards.OrderBy(c => c.Difficulty).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.ToPublicBrief()).ToList();
    }

    public IReadOnlyList<PublicBrief> Briefs { get; }

    public int CardCount => _content.Cards.Count;

    /// <summary>The first 12 hex digits of the SHA-256 of the card as dealt: changes whenever its text does.</summary>
    public static string Fingerprint(CustomerCard card) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(MessagePack.MessagePackSerializer.Serialize(card)))[..12];

    public IReadOnlyList<CoachHint> Coach(TranscriptMessage message, TimeSpan offset) =>
        CoachHints.Collect([message], message.At - offset, _content.Phrasebook).Select(hint => new CoachHint
        {
            MessageNumber = hint.MessageNumber,
            Offset = hint.OffsetText,
            Kind = hint.Kind.ToString().ToLowerInvariant(),
            Phrase = hint.Phrase,
            Why = hint.Why,
            Instead = hint.Instead,
        }).ToList();

    public DrillCard Pick(string? cardId, IReadOnlyCollection<string> playedCardIds, Random random)
    {
        PromptCard card;
        if (!string.IsNullOrWhiteSpace(cardId))
        {
            card = _content.FindCard(cardId.Trim())
                ?? throw new DrillRuleException($"There is no card '{TextSanitizer.Clean(cardId)}'; /cards lists them.");
        }
        else
        {
            var fresh = _content.Cards.Where(c => !playedCardIds.Contains(c.Id)).ToList();
            var pool = fresh.Count > 0 ? fresh : _content.Cards;
            card = pool[random.Next(pool.Count)];
        }

        var customerCard = card.ToCustomerCard();
        return new DrillCard(customerCard, _rubric, Fingerprint(customerCard));
    }
}
