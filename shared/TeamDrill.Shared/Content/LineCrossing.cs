namespace TeamDrill.Shared.Content;

/// <summary>When and how the customer crosses the line (insults, cursing, threats), so the agent must set a boundary.</summary>
public sealed record LineCrossing(string When, string Does, string? AfterBoundary)
{
    /// <summary>Ids of the rubric criteria the crossing tests besides <c>boundaries</c>, which it always tests.</summary>
    public IReadOnlyList<string> Tests { get; init; } = [];
}
