namespace TeamDrill.Shared.Content;

/// <summary>What a phrasebook entry is: a phrase to avoid, or a kind of statement to reach for.</summary>
public enum PhraseKind
{
    Avoid,
    Empathy,
    Ownership,
    Boundary,
    Escalation,
}
