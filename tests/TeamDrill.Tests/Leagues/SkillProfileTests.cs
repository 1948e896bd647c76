using TeamDrill.Shared.Leagues;

namespace TeamDrill.Tests.Leagues;

public sealed class SkillProfileTests
{
    private static CriterionProfile Only(params (int Drill, double Consensus)[] scores) =>
        SkillProfile.Build("ana", "Ana", scores.Select(s => new CriterionScore(s.Drill, "empathy", s.Consensus)).ToList()).Criteria.Single();

    [Fact]
    public void the_slope_is_the_least_squares_line_through_the_drills_in_the_order_played()
    {
        // Given out of order on purpose: drills 10, 20, 30, 40 had 2, 3, 3, 4.
        var empathy = Only((30, 3), (10, 2), (40, 4), (20, 3));

        Assert.Equal(0.6, empathy.Slope);
        Assert.Equal(3.0, empathy.Mean);
        Assert.Equal(4, empathy.Drills);
        Assert.Equal(Trend.Rising, empathy.Trend);
    }

    [Fact]
    public void a_falling_consensus_reads_falling()
    {
        Assert.Equal(Trend.Falling, Only((1, 5), (2, 4), (3, 4), (4, 3)).Trend);
    }

    [Theory]
    [InlineData(0.1, Trend.Rising)]
    [InlineData(0.0999, Trend.Steady)]
    [InlineData(-0.0999, Trend.Steady)]
    [InlineData(-0.1, Trend.Falling)]
    public void a_slope_of_a_tenth_of_a_point_per_drill_either_way_is_the_threshold(double slope, Trend trend) =>
        Assert.Equal(trend, SkillProfile.TrendOf(slope));

    [Fact]
    public void with_fewer_than_three_drills_a_criterion_is_steady_and_has_no_slope()
    {
        var empathy = Only((1, 1), (2, 5));

        Assert.Null(empathy.Slope);
        Assert.Equal(Trend.Steady, empathy.Trend);
    }

    [Fact]
    public void every_criterion_gets_its_own_line_in_ordinal_order()
    {
        var profile = SkillProfile.Build("ana", "Ana",
        [
            new(1, "ownership", 4), new(1, "empathy", 3), new(2, "empathy", 4),
        ]);

        Assert.Equal(["empathy", "ownership"], profile.Criteria.Select(c => c.CriterionId));
        Assert.Equal(3.5, profile.Criteria[0].Mean);
    }
}
