namespace TeamDrill.Shared.Leagues;

/// <summary>An agent's result in one drill: the normalized consensus score, 0 (worst) to 1 (best).</summary>
public sealed record AgentDrillScore(string MemberId, string Name, string DrillId, double Score);
