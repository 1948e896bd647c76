namespace TeamDrill.Shared.Scoring;

/// <summary>The agent's overall score on 0..100 and the components it came from; Score is null when there is no rubric consensus.</summary>
public sealed record ScoreBreakdown(double? Score, IReadOnlyList<ScorePart> Components, string? Reason);
