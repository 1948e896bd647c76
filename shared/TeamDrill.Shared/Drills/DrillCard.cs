using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>The card a drill is played with, and the rubric it is scored against.</summary>
public sealed record DrillCard(CustomerCard Card, IReadOnlyList<RubricCriterionView> Rubric);
