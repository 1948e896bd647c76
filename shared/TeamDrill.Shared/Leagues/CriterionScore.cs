namespace TeamDrill.Shared.Leagues;

/// <summary>
/// The consensus (1 to 5) on one rubric criterion in one of a member's drills as agent.
/// <see cref="DrillOrder"/> puts the drills in the order they were played (e.g. round × 100 + room).
/// </summary>
public sealed record CriterionScore(int DrillOrder, string CriterionId, double Consensus);
