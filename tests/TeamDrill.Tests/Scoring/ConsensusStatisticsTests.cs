using TeamDrill.Shared.Scoring;
using static TeamDrill.Tests.Scoring.Panel;

namespace TeamDrill.Tests.Scoring;

public sealed class ConsensusStatisticsTests
{
    [Fact]
    public void each_criterion_has_median_mean_spread_range_and_counts()
    {
        var stats = ConsensusCalculator.Statistics(Rubric, [Sheet("ana", 2, 5, null), Sheet("bo", 4, 5, 3), Sheet("cy", 5, 5, null), Sheet("dee", 5, 4, 1)]);

        var listening = stats[0];
        Assert.Equal(("listening", "Listening"), (listening.CriterionId, listening.Name));
        Assert.Equal(4.5, listening.Median);
        Assert.Equal(4.0, listening.Mean);
        // Sample standard deviation of 2, 4, 5, 5: sqrt(((−2)² + 0 + 1 + 1) / 3) = sqrt(2).
        Assert.Equal(Math.Sqrt(2), listening.StandardDeviation!.Value, 12);
        Assert.Equal((2, 5, 4, 0, 0), (listening.Min, listening.Max, listening.Scored, listening.NotApplicable, listening.Missing));
        Assert.Equal((2.0, 2, 2), (stats[2].Median, stats[2].Scored, stats[2].NotApplicable));
    }

    [Fact]
    public void a_single_score_has_a_median_and_mean_but_no_spread()
    {
        var stats = ConsensusCalculator.Statistics(Rubric, [Sheet("ana", 3, null, null), Sheet("bo", null, null, null)]);

        Assert.Equal((3.0, 3.0, (double?)null), (stats[0].Median, stats[0].Mean, stats[0].StandardDeviation));
    }

    [Fact]
    public void a_criterion_everyone_marked_not_applicable_has_no_figures()
    {
        var stats = ConsensusCalculator.Statistics(Rubric, [Sheet("ana", 3, 2, null), Sheet("bo", 4, 2, null)]);

        var boundaries = stats[2];
        Assert.Equal(((double?)null, (double?)null, (double?)null, (int?)null, (int?)null), (boundaries.Median, boundaries.Mean, boundaries.StandardDeviation, boundaries.Min, boundaries.Max));
        Assert.Equal(2, boundaries.NotApplicable);
    }

    [Fact]
    public void a_majoritys_not_applicable_stands_over_one_scorers_number()
    {
        // Boundaries: ana N/A, bo 5, cy N/A: two of three said it did not apply, so bo's 5 is no consensus.
        var stats = ConsensusCalculator.Statistics(Rubric, [Sheet("ana", 3, 3, null), Sheet("bo", 3, 3, 5), Sheet("cy", 3, 3, null)]);

        var boundaries = stats[2];
        Assert.Equal(((double?)null, (double?)null, (int?)null), (boundaries.Mean, boundaries.Median, boundaries.Max));
        Assert.Equal((1, 2), (boundaries.Scored, boundaries.NotApplicable));
        Assert.Null(ConsensusCalculator.PerCriterion(Rubric, [Sheet("ana", 3, 3, null), Sheet("bo", 3, 3, 5), Sheet("cy", 3, 3, null)])[2].Consensus);
    }

    [Fact]
    public void a_tie_between_numbers_and_not_applicable_keeps_the_numbers()
    {
        var stats = ConsensusCalculator.Statistics(Rubric, [Sheet("ana", 3, 3, null), Sheet("bo", 3, 3, 4)]);

        Assert.Equal(4.0, stats[2].Mean);
    }

    [Fact]
    public void a_sheet_without_the_criterion_counts_as_missing_not_as_not_applicable()
    {
        var partial = new TeamDrill.Shared.Protocol.RubricSheet { ScorerId = "x", Scores = new Dictionary<string, int?> { ["listening"] = 4 } };

        var stats = ConsensusCalculator.Statistics(Rubric, [partial, Sheet("bo", 2, 2, 2)]);

        Assert.Equal((1, 0, 1), (stats[1].Scored, stats[1].NotApplicable, stats[1].Missing));
    }

    [Theory]
    [InlineData(new[] { 3 }, 3.0)]
    [InlineData(new[] { 5, 1, 3 }, 3.0)]
    [InlineData(new[] { 1, 2, 4, 5 }, 3.0)]
    [InlineData(new[] { 4, 5 }, 4.5)]
    public void the_median_is_the_middle_score_or_the_mean_of_the_two_middle_ones(int[] scores, double median)
    {
        Assert.Equal(median, ConsensusCalculator.Median(scores));
    }
}
