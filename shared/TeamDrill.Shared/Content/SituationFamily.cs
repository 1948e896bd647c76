namespace TeamDrill.Shared.Content;

/// <summary>A kind of difficult call the deck must cover, such as a delayed order or a billing error.</summary>
public sealed record SituationFamily(string Id, string Description);
