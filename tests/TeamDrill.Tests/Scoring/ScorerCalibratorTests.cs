using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;
using static TeamDrill.Tests.Scoring.Panel;

namespace TeamDrill.Tests.Scoring;

public sealed class ScorerCalibratorTests
{
    private static readonly IReadOnlyList<RubricCriterionView> TenCriteria =
        Enumerable.Range(1, 10).Select(i => new RubricCriterionView { Id = $"c{i}", Name = $"Criterion {i}" }).ToList();

    private static RubricSheet Everywhere(string scorer, int score) => new()
    {
        ScorerId = scorer,
        ScorerName = scorer,
        Scores = TenCriteria.ToDictionary(c => c.Id, _ => (int?)score),
    };

    [Fact]
    public void one_scorer_a_point_high_everywhere_is_lenient_and_the_two_who_agree_are_not_labelled()
    {
        // Ten criteria, ana 4, bo 3, cy 3: the panel median is 3, so ana is +1 ten times, bo and cy 0.
        // Spread on each criterion: sd(4, 3, 3) = √(1/3) ≈ 0.577; the bar is max(0.25, 2 × 0.577 / √10) ≈ 0.365.
        var calibration = ScorerCalibrator.ForDrill(TenCriteria, [Everywhere("ana", 4), Everywhere("bo", 3), Everywhere("cy", 3)]);

        var ana = calibration[0];
        Assert.Equal((10, 1.0, 1.0, ScorerLeaning.Lenient), (ana.Comparisons, ana.Bias, ana.MeanAbsoluteDifference, ana.Leaning));
        Assert.Equal(2 * Math.Sqrt(1.0 / 3) / Math.Sqrt(10), ana.Threshold!.Value, 12);
        Assert.All(calibration.Skip(1), c => Assert.Equal((0.0, ScorerLeaning.Balanced), (c.Bias, c.Leaning)));
    }

    [Fact]
    public void a_lean_the_panels_own_spread_explains_is_not_labelled()
    {
        // ana's differences from the median: +2, 0, 0, 0, 0 → bias 0.4, beyond a quarter point, but the panel
        // disagrees by about 2 points on every criterion: the bar is 2 × √(61/15) / √5 ≈ 1.80.
        IReadOnlyList<RubricSheet>[] drills =
        [
            [Sheet("ana", 5, 3, 3), Sheet("bo", 1, 5, 1), Sheet("cy", 3, 1, 5)],
            [Sheet("ana", 3, 4, null), Sheet("bo", 5, 1, null), Sheet("cy", 1, 5, null)],
        ];

        var ana = ScorerCalibrator.ForDrills(CriterionIds, drills)[0];

        Assert.Equal(5, ana.Comparisons);
        Assert.Equal(0.4, ana.Bias!.Value, 12);
        Assert.Equal(2 * Math.Sqrt(61.0 / 15) / Math.Sqrt(5), ana.Threshold!.Value, 12);
        Assert.Equal(ScorerLeaning.Balanced, ana.Leaning);
    }

    [Fact]
    public void with_two_scorers_it_says_how_far_apart_they_are_not_who_is_off()
    {
        // ana 4 vs bo 3, twice: a full point apart; each is measured against the other.
        var calibration = ScorerCalibrator.ForDrill(Rubric, [Sheet("ana", 4, 4, null), Sheet("bo", 3, 3, null)]);

        Assert.All(calibration, c => Assert.Equal((1.0, ScorerLeaning.PairOnly), (c.MeanAbsoluteDifference, c.Leaning)));
        Assert.Equal((1.0, -1.0), (calibration[0].Bias, calibration[1].Bias));
        Assert.Equal(
            "scored beside one other scorer only: 1.0 points apart on average; with two scorers nobody can tell which one is off",
            calibration[0].Reason);
    }

    [Fact]
    public void the_distance_is_absolute_while_the_bias_keeps_its_sign()
    {
        // ana: listening 5 vs 3 → +2, empathy 1 vs 3 → −2.
        var calibration = ScorerCalibrator.ForDrill(Rubric, [Sheet("ana", 5, 1, null), Sheet("bo", 3, 3, null)]);

        Assert.Equal((2.0, 0.0), (calibration[0].MeanAbsoluteDifference, calibration[0].Bias));
    }

    [Fact]
    public void too_few_comparisons_with_a_panel_of_three_call_no_leaning_but_keep_the_figures()
    {
        var calibration = ScorerCalibrator.ForDrill(Rubric, [Sheet("ana", 5, 5, 5), Sheet("bo", 3, 3, 3), Sheet("cy", 3, 3, 3)]);

        var ana = calibration[0];
        Assert.Equal((3, 2.0, ScorerLeaning.NotEnoughData), (ana.Comparisons, ana.Bias, ana.Leaning));
        Assert.Equal("not enough data: 3 comparisons with a panel of three or more; a leaning needs 5", ana.Reason);
    }

    [Theory]
    [InlineData(0.25, ScorerLeaning.Balanced)]
    [InlineData(0.26, ScorerLeaning.Lenient)]
    [InlineData(-0.25, ScorerLeaning.Balanced)]
    [InlineData(-0.26, ScorerLeaning.Strict)]
    public void lenient_and_strict_start_beyond_the_threshold(double bias, ScorerLeaning leaning)
    {
        Assert.Equal(leaning, ScorerCalibrator.LeaningOf(bias, 0.25));
    }

    [Theory]
    [InlineData(0.0, 10, 0.25)]
    [InlineData(0.1, 100, 0.25)]
    [InlineData(1.0, 4, 1.0)]
    public void the_threshold_is_a_quarter_point_or_two_standard_errors_of_the_panel_spread(double spread, int comparisons, double threshold)
    {
        Assert.Equal(threshold, ScorerCalibrator.ThresholdFor(spread, comparisons), 12);
    }

    [Fact]
    public void a_scorer_alone_has_not_enough_data()
    {
        var calibration = ScorerCalibrator.ForDrill(Rubric, [Sheet("ana", 5, 4, 3)]);

        var ana = Assert.Single(calibration);
        Assert.Equal((ScorerLeaning.NotEnoughData, (double?)null, (double?)null, 0), (ana.Leaning, ana.Bias, ana.MeanAbsoluteDifference, ana.Comparisons));
        Assert.StartsWith("not enough data", ana.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void a_scorer_who_said_not_applicable_where_the_others_scored_is_not_compared_there()
    {
        var calibration = ScorerCalibrator.ForDrill(Rubric, [Sheet("ana", null, null, 2), Sheet("bo", 3, 3, null), Sheet("cy", 3, 3, null)]);

        Assert.Equal(ScorerLeaning.NotEnoughData, calibration[0].Leaning);
        Assert.Equal((2, 0.0), (calibration[1].Comparisons, calibration[1].Bias));
    }

    [Fact]
    public void over_a_season_every_drill_and_criterion_comparison_counts_once()
    {
        IReadOnlyList<RubricSheet>[] drills =
        [
            [Sheet("ana", 5, 5, null), Sheet("bo", 4, 4, null)],
            [Sheet("ana", 3, null, null), Sheet("cy", 3, 2, null)],
            [Sheet("dee", 1, 1, 1)],
        ];

        var calibration = ScorerCalibrator.ForDrills(CriterionIds, drills);

        Assert.Equal(["ana", "bo", "cy", "dee"], calibration.Select(c => c.ScorerId));
        var ana = calibration[0];
        // +1, +1, 0 → bias 2/3, always beside one other scorer.
        Assert.Equal((3, ScorerLeaning.PairOnly), (ana.Comparisons, ana.Leaning));
        Assert.Equal(2.0 / 3, ana.Bias!.Value, 12);
        Assert.Equal((2, 0.5), (ana.PerCriterion[0].Comparisons, ana.PerCriterion[0].Bias));
        Assert.Equal(ScorerLeaning.NotEnoughData, calibration[3].Leaning);
    }
}
