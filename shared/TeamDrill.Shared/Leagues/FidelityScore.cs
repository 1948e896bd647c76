namespace TeamDrill.Shared.Leagues;

/// <summary>One scorer's rating of how faithfully the customer played the card in one drill (1 to 5).</summary>
public sealed record FidelityScore(string CustomerId, string Name, string DrillId, double Rating);
