using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Ratings;

namespace TeamDrill.Tests.Leagues;

/// <summary>Points and every documented tie-break of the three tables.</summary>
public sealed class LeagueTablesTests
{
    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1.0, 100)]
    [InlineData(0.835, 84)]
    [InlineData(0.125, 13)]
    public void a_drill_is_worth_its_normalized_score_times_100_rounded_half_away_from_zero(double score, int points) =>
        Assert.Equal(points, LeagueTables.Points(score));

    [Fact]
    public void standings_sum_points_over_the_drills_played_as_agent()
    {
        var table = LeagueTables.Standings(
        [
            new("ana", "Ana", "d1", 0.8), new("ana", "Ana", "d2", 0.6),
            new("bo", "Bo", "d3", 0.9),
        ]);

        Assert.Equal(("ana", 140, 2, 80), (table[0].MemberId, table[0].Points, table[0].Drills, table[0].BestDrill));
        Assert.Equal(("bo", 90, 1), (table[1].MemberId, table[1].Points, table[1].Drills));
        Assert.Equal([1, 2], table.Select(r => r.Position));
    }

    [Fact]
    public void equal_points_go_to_the_member_who_played_more_drills()
    {
        var table = LeagueTables.Standings(
        [
            new("few", "Few", "d1", 1.0),
            new("many", "Many", "d2", 0.5), new("many", "Many", "d3", 0.5),
        ]);

        Assert.Equal(["many", "few"], table.Select(r => r.MemberId));
    }

    [Fact]
    public void equal_points_and_drills_go_to_the_better_best_drill()
    {
        var table = LeagueTables.Standings(
        [
            new("even", "Aaron", "d1", 0.5), new("even", "Aaron", "d2", 0.5),
            new("peak", "Zoe", "d3", 0.9), new("peak", "Zoe", "d4", 0.1),
        ]);

        Assert.Equal(["peak", "even"], table.Select(r => r.MemberId));
    }

    [Fact]
    public void a_full_tie_is_broken_by_name_then_id_in_ordinal_order()
    {
        var table = LeagueTables.Standings(
        [
            new("m3", "bea", "d1", 0.5),
            new("m2", "Bea", "d2", 0.5),
            new("m1", "Bea", "d3", 0.5),
        ]);

        // Ordinal: upper case sorts before lower case.
        Assert.Equal(["m1", "m2", "m3"], table.Select(r => r.MemberId));
        Assert.Equal([1, 2, 3], table.Select(r => r.Position));
    }

    [Fact]
    public void standings_show_the_agent_rating_with_its_band_when_ratings_are_given()
    {
        var ratings = new RatingTables(new Dictionary<string, Glicko2Rating> { ["ana"] = new(1464.06, 151.52, 0.06) }, new Dictionary<string, Glicko2Rating>());

        var table = LeagueTables.Standings([new("ana", "Ana", "d1", 0.5), new("bo", "Bo", "d2", 0.4)], ratings);

        Assert.Equal("1464 ± 303", table[0].Rating);
        Assert.Equal("1500 ± 700", table[1].Rating);
    }

    [Fact]
    public void the_judges_table_puts_the_lowest_mean_distance_first()
    {
        var table = LeagueTables.Judges(
        [
            new("far", "Far", "d1", 1.5), new("far", "Far", "d2", 0.5),
            new("close", "Close", "d1", 0.4), new("close", "Close", "d2", 0.6),
        ]);

        Assert.Equal(["close", "far"], table.Select(r => r.ScorerId));
        Assert.Equal([0.5, 1.0], table.Select(r => r.MeanDistance));
    }

    [Fact]
    public void judges_with_equal_means_are_ordered_by_more_drills_then_lower_best_distance_then_name()
    {
        var table = LeagueTables.Judges(
        [
            new("one", "Aa", "d1", 0.5),
            new("steady", "Bb", "d1", 0.5), new("steady", "Bb", "d2", 0.5),
            new("swingy", "Cc", "d1", 0.0), new("swingy", "Cc", "d2", 1.0),
            new("twin", "Dd", "d1", 0.0), new("twin", "Dd", "d2", 1.0),
        ]);

        Assert.Equal(["swingy", "twin", "steady", "one"], table.Select(r => r.ScorerId));
    }

    [Fact]
    public void means_are_compared_as_shown_to_two_decimals()
    {
        var table = LeagueTables.Judges(
        [
            new("a", "Zed", "d1", 0.3334),
            new("b", "Amy", "d1", 0.3331),
        ]);

        Assert.Equal(["b", "a"], table.Select(r => r.ScorerId));
        Assert.All(table, r => Assert.Equal(0.33, r.MeanDistance));
    }

    [Fact]
    public void fidelity_averages_each_drill_first_so_a_drill_with_more_scorers_does_not_weigh_more()
    {
        var table = LeagueTables.Fidelity(
        [
            new("cy", "Cy", "d1", 5), new("cy", "Cy", "d1", 5), new("cy", "Cy", "d1", 5),
            new("cy", "Cy", "d2", 3),
        ]);

        Assert.Equal(4.0, table.Single().MeanFidelity);
        Assert.Equal(2, table.Single().Drills);
        Assert.Equal(5.0, table.Single().BestDrill);
    }

    [Fact]
    public void fidelity_ties_go_to_more_drills_then_the_better_best_drill_then_name()
    {
        var table = LeagueTables.Fidelity(
        [
            new("once", "Aa", "d1", 4),
            new("flat", "Bb", "d2", 4), new("flat", "Bb", "d3", 4),
            new("peaky", "Cc", "d4", 5), new("peaky", "Cc", "d5", 3),
            new("top", "Dd", "d6", 4.5),
        ]);

        Assert.Equal(["top", "peaky", "flat", "once"], table.Select(r => r.CustomerId));
    }
}
