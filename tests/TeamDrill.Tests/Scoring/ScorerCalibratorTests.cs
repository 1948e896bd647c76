using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;
using static TeamDrill.Tests.Scoring.Panel;

namespace TeamDrill.Tests.Scoring;

public sealed class ScorerCalibratorTests
{
    [Fact]
    public void each_scorer_is_compared_with_the_mean_of_the_others()
    {
        // Listening: ana 5 vs (3 + 4) / 2 = 3.5 → +1.5; empathy: ana 4 vs (2 + 3) / 2 = 2.5 → +1.5.
        var calibration = ScorerCalibrator.ForDrill(Rubric, [Sheet("ana", 5, 4, null), Sheet("bo", 3, 2, null), Sheet("cy", 4, 3, null)]);

        var ana = calibration[0];
        Assert.Equal(("ana", "Ana"), (ana.ScorerId, ana.ScorerName));
        Assert.Equal(1.5, ana.PerCriterion[0].Bias);
        Assert.Equal(1.5, ana.PerCriterion[1].MeanAbsoluteDifference);
        Assert.Equal((0, (double?)null), (ana.PerCriterion[2].Comparisons, ana.PerCriterion[2].Bias));
        Assert.Equal((2, 1.5, 1.5, ScorerLeaning.Lenient), (ana.Comparisons, ana.MeanAbsoluteDifference, ana.Bias, ana.Leaning));

        // bo: listening 3 vs 4.5 → −1.5, empathy 2 vs 3.5 → −1.5.
        Assert.Equal((-1.5, ScorerLeaning.Strict), (calibration[1].Bias, calibration[1].Leaning));
        // cy: listening 4 vs 4 → 0, empathy 3 vs 3 → 0.
        Assert.Equal((0.0, 0.0, ScorerLeaning.Balanced), (calibration[2].Bias, calibration[2].MeanAbsoluteDifference, calibration[2].Leaning));
    }

    [Fact]
    public void the_distance_is_absolute_while_the_bias_keeps_its_sign()
    {
        // ana: listening 5 vs 3 → +2, empathy 1 vs 3 → −2: far from the panel but not lenient or strict.
        var calibration = ScorerCalibrator.ForDrill(Rubric, [Sheet("ana", 5, 1, null), Sheet("bo", 3, 3, null)]);

        Assert.Equal((2.0, 0.0, ScorerLeaning.Balanced), (calibration[0].MeanAbsoluteDifference, calibration[0].Bias, calibration[0].Leaning));
    }

    [Theory]
    [InlineData(0.25, ScorerLeaning.Balanced)]
    [InlineData(0.26, ScorerLeaning.Lenient)]
    [InlineData(-0.25, ScorerLeaning.Balanced)]
    [InlineData(-0.26, ScorerLeaning.Strict)]
    public void lenient_and_strict_start_beyond_a_quarter_point(double bias, ScorerLeaning leaning)
    {
        Assert.Equal(leaning, ScorerCalibrator.LeaningOf(bias));
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
        // +1, +1, 0 → bias 2/3.
        Assert.Equal(3, ana.Comparisons);
        Assert.Equal(2.0 / 3, ana.Bias!.Value, 12);
        Assert.Equal((2, 0.5), (ana.PerCriterion[0].Comparisons, ana.PerCriterion[0].Bias));
        Assert.Equal(ScorerLeaning.NotEnoughData, calibration[3].Leaning);
    }
}
