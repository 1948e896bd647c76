namespace TeamDrill.Shared.Content;

/// <summary>When and how the customer crosses the line (insults, cursing, threats), so the agent must set a boundary.</summary>
public sealed record LineCrossing(string When, string Does, string? AfterBoundary);
