namespace TeamDrill.Shared.Content;

/// <summary>A validated deck of prompt cards with the rubric and phrasebook that go with it.</summary>
public sealed class ContentSet
{
    public ContentSet(IReadOnlyList<PromptCard> cards, Rubric rubric, Phrasebook phrasebook)
    {
        Cards = cards;
        Rubric = rubric;
        Phrasebook = phrasebook;
    }

    /// <summary>Ordered by id.</summary>
    public IReadOnlyList<PromptCard> Cards { get; }

    public Rubric Rubric { get; }

    public Phrasebook Phrasebook { get; }

    public PromptCard? FindCard(string id) => Cards.FirstOrDefault(c => c.Id == id);
}
