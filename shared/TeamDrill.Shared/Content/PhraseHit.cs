namespace TeamDrill.Shared.Content;

/// <summary>Where a phrasebook entry matched in an agent's message.</summary>
public sealed record PhraseHit(PhraseEntry Entry, int Index, int Length, string Text)
{
    public PhraseKind Kind => Entry.Kind;

    public string Why => Entry.Why;

    public string? Instead => Entry.Instead;
}
