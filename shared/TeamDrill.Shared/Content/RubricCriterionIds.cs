namespace TeamDrill.Shared.Content;

/// <summary>The rubric criteria the game scores. Other code refers to them by these ids; a rubric must define all of them.</summary>
public static class RubricCriterionIds
{
    public const string Listening = "listening";
    public const string Empathy = "empathy";
    public const string Composure = "composure";
    public const string PositiveLanguage = "positive-language";
    public const string ProblemSolving = "problem-solving";
    public const string Boundaries = "boundaries";
    public const string DeEscalation = "de-escalation";
    public const string Flexibility = "flexibility";
    public const string Ownership = "ownership";
    public const string Escalation = "escalation";

    public static IReadOnlyList<string> All { get; } =
    [
        Listening, Empathy, Composure, PositiveLanguage, ProblemSolving,
        Boundaries, DeEscalation, Flexibility, Ownership, Escalation,
    ];
}
