using TeamDrill.Shared.Ratings;

namespace TeamDrill.Tests.Ratings;

/// <summary>
/// Glicko-2 against the worked example in Mark E. Glickman, "Example of the Glicko-2 system"
/// (Boston University, November 30, 2013), http://www.glicko.net/glicko/glicko2.pdf, pages 3–5:
/// a 1500/200/0.06 player with tau = 0.5 beats a 1400/30 player and loses to 1550/100 and 1700/300,
/// and ends the period at r' = 1464.06, RD' = 151.52, sigma' = 0.05999.
/// </summary>
public sealed class Glicko2Tests
{
    private static readonly Glicko2Rating ExamplePlayer = new(1500, 200, 0.06);

    private static readonly Glicko2Game[] ExampleGames =
    [
        new(new Glicko2Rating(1400, 30, 0.06), 1),
        new(new Glicko2Rating(1550, 100, 0.06), 0),
        new(new Glicko2Rating(1700, 300, 0.06), 0),
    ];

    [Fact]
    public void glickmans_worked_example_gives_rating_1464_06_deviation_151_52_volatility_0_05999()
    {
        var after = Glicko2.Rate(ExamplePlayer, ExampleGames, tau: 0.5);

        // The paper's figures, to the precision it prints them.
        Assert.Equal(1464.06, after.Rating, 0.01);
        Assert.Equal(151.52, after.Deviation, 0.01);
        Assert.Equal(0.05999, after.Volatility, 0.00001);

        // Unrounded: the paper rounds mu' to -0.2069 before converting, hence 1464.06 there and 1464.0507 here.
        Assert.Equal(1464.0507, after.Rating, 0.0001);
        Assert.Equal(151.5165, after.Deviation, 0.0001);
        Assert.Equal(0.059996, after.Volatility, 0.000001);
    }

    [Fact]
    public void the_order_of_games_within_a_period_does_not_matter()
    {
        var forward = Glicko2.Rate(ExamplePlayer, ExampleGames);
        var backward = Glicko2.Rate(ExamplePlayer, ExampleGames.Reverse().ToList());

        Assert.Equal(forward.Rating, backward.Rating, 1e-9);
        Assert.Equal(forward.Deviation, backward.Deviation, 1e-9);
    }

    [Fact]
    public void a_player_who_did_not_play_keeps_rating_and_volatility_and_grows_deviation_by_the_volatility()
    {
        var after = Glicko2.Rate(ExamplePlayer, []);

        // Step 6 of the paper alone: phi' = sqrt(phi^2 + sigma^2) on the Glicko-2 scale.
        var expected = Math.Sqrt(Math.Pow(200 / 173.7178, 2) + (0.06 * 0.06)) * 173.7178;
        Assert.Equal(1500, after.Rating);
        Assert.Equal(0.06, after.Volatility);
        Assert.Equal(expected, after.Deviation, 1e-9);
        Assert.True(after.Deviation > 200);
    }

    [Fact]
    public void a_long_absence_never_makes_the_deviation_larger_than_a_newcomers()
    {
        var rating = new Glicko2Rating(1700, 340, 0.06);
        for (var period = 0; period < 100; period++)
        {
            rating = Glicko2.Rate(rating, []);
        }

        Assert.Equal(350, rating.Deviation);
        Assert.Equal(1700, rating.Rating);
    }

    [Fact]
    public void a_partial_result_of_one_half_against_an_equal_opponent_leaves_the_rating_unchanged_and_narrows_the_deviation()
    {
        var after = Glicko2.Rate(Glicko2Rating.Initial, [new Glicko2Game(Glicko2Rating.Initial, 0.5)]);

        Assert.Equal(1500, after.Rating, 1e-9);
        Assert.True(after.Deviation < 350);
    }

    [Fact]
    public void a_better_partial_result_earns_a_higher_rating()
    {
        var opponent = new Glicko2Rating(1500, 100, 0.06);

        var ratings = new[] { 0.2, 0.5, 0.8, 1.0 }.Select(s => Glicko2.Rate(Glicko2Rating.Initial, [new Glicko2Game(opponent, s)]).Rating).ToList();

        Assert.Equal(ratings.Order(), ratings);
        Assert.Equal(ratings.Count, ratings.Distinct().Count());
    }

    [Fact]
    public void a_score_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Glicko2.Rate(Glicko2Rating.Initial, [new Glicko2Game(Glicko2Rating.Initial, 1.2)]));
    }

    [Theory]
    [InlineData(1464.06, 151.52, "1464 ± 303")]
    [InlineData(1500, 350, "1500 ± 700")]
    [InlineData(1234.5, 40.25, "1235 ± 81")]
    public void a_rating_is_shown_as_rating_plus_or_minus_two_deviations(double rating, double deviation, string shown)
    {
        var value = new Glicko2Rating(rating, deviation, 0.06);

        Assert.Equal(shown, value.Display());
        Assert.Equal(shown, value.ToString());
    }
}
