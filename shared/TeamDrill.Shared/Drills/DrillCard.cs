using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>The card a drill is played with, and the rubric it is scored against.</summary>
/// <param name="Version">A fingerprint of the card's content, kept with the drill's archive.</param>
public sealed record DrillCard(CustomerCard Card, IReadOnlyList<RubricCriterionView> Rubric, string Version = "");
