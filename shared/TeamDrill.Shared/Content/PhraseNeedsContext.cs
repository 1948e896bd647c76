namespace TeamDrill.Shared.Content;

/// <summary>
/// Words a card's trigger quotes that the coach deliberately does not warn about on their own,
/// because they are wrong only in context ("I understand" said over and over, "pairing mode" left
/// unexplained). Listing one, with the reason, is how phrasebook.yaml accepts such a quote.
/// </summary>
public sealed record PhraseNeedsContext(string Quote, string Why);
