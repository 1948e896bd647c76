using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;
using static TeamDrill.Tests.Scoring.Panel;

namespace TeamDrill.Tests.Scoring;

public sealed class DebriefFiguresBuilderTests
{
    private static DebriefFigures Build(IReadOnlyList<RubricSheet> sheets, IReadOnlyList<string>? cardCriteria = null) =>
        DebriefFiguresBuilder.Build(
            Rubric, sheets, ConsensusCalculator.PerCriterion(Rubric, sheets), [], [], CallOutcome.None, [], [], cardCriteria);

    [Fact]
    public void a_debrief_with_one_scorer_says_plainly_why_there_is_no_agreement_figure()
    {
        var figures = Build([Sheet("ana", 4, 3, 5)]);

        Assert.Equal(((double?)null, DebriefFiguresBuilder.OneScorerReason), (figures.OrdinalAlpha.Alpha, figures.OrdinalAlpha.Reason));
        Assert.Equal("not enough data: one scorer, and agreement needs at least two scoring the same call", figures.IntervalAlpha.Reason);
    }

    [Fact]
    public void one_drills_alpha_comes_with_the_number_of_paired_values()
    {
        // Two scorers on three criteria, one of them N/A for bo: listening and empathy pair, 4 values.
        var figures = Build([Sheet("ana", 4, 2, 5), Sheet("bo", 3, 2, null)]);

        Assert.NotNull(figures.OrdinalAlpha.Alpha);
        Assert.Equal((4, 4), (figures.OrdinalAlpha.PairableValues, figures.IntervalAlpha.PairableValues));
    }

    [Fact]
    public void the_cards_criteria_weigh_in_the_debrief_score()
    {
        // Listening 5 counts double: (10 + 3) / 3 = 4.33 → 83.3 rather than 75.
        Assert.Equal((83.3, 75.0), (Build([Sheet("ana", 5, 3, null)], ["listening"]).Score, Build([Sheet("ana", 5, 3, null)]).Score));
    }

    [Fact]
    public void with_two_scorers_the_calibration_says_two_scorers_and_how_far_apart()
    {
        var figures = Build([Sheet("ana", 5, 4, null), Sheet("bo", 3, 2, null)]);

        Assert.All(figures.Calibration, c => Assert.Equal(("two scorers", 2.0), (c.Leaning, c.Distance)));
    }
}
