using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Scoring;

/// <summary>A three-criterion rubric and scorers' sheets written as rows: one score (or null for N/A) per criterion.</summary>
internal static class Panel
{
    public static IReadOnlyList<RubricCriterionView> Rubric { get; } =
    [
        new RubricCriterionView { Id = "listening", Name = "Listening" },
        new RubricCriterionView { Id = "empathy", Name = "Empathy" },
        new RubricCriterionView { Id = "boundaries", Name = "Boundaries", AllowsNotApplicable = true },
    ];

    public static IReadOnlyList<string> CriterionIds { get; } = Rubric.Select(c => c.Id).ToList();

    public static RubricSheet Sheet(string scorer, params int?[] scores) => new()
    {
        ScorerId = scorer,
        ScorerName = char.ToUpperInvariant(scorer[0]) + scorer[1..],
        Scores = Rubric.Zip(scores).ToDictionary(p => p.First.Id, p => p.Second),
    };
}
