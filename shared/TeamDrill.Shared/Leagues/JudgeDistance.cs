namespace TeamDrill.Shared.Leagues;

/// <summary>
/// How far one scorer's rubric sat from the others' in one drill: the mean absolute distance from the
/// leave-one-out consensus (the consensus of the other scorers), in rubric points. Lower is better.
/// </summary>
public sealed record JudgeDistance(string ScorerId, string Name, string DrillId, double Distance);
