namespace TeamDrill.Shared.Scoring;

/// <summary>The tags behind one criterion's score: counts of + and − tags, and the messages they were on, in message order.</summary>
public sealed record CriterionEvidence(string CriterionId, int Plus, int Minus, IReadOnlyList<TagEvidence> Evidence);
