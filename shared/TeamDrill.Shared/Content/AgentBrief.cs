namespace TeamDrill.Shared.Content;

/// <summary>The public part of a card: what a real agent would have on screen.</summary>
public sealed record AgentBrief(string AccountSummary, IReadOnlyList<string> Facts, IReadOnlyList<string> History);
