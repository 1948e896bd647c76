using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TeamDrill.Shared.Scoring;

namespace TeamDrill.Tests.Scoring;

public sealed class KrippendorffAlphaTests
{
    /// <summary>
    /// Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability", example C: four observers,
    /// twelve units, missing values. Rows are units, columns observers A, B, C, D. Unit 12 has a single
    /// value and is not pairable. Published: nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
    /// </summary>
    private static readonly int?[][] Krippendorff2011 =
    [
        [1, 1, null, 1],
        [2, 2, 3, 2],
        [3, 3, 3, 3],
        [3, 3, 3, 3],
        [2, 2, 2, 2],
        [1, 2, 3, 4],
        [4, 4, 4, 4],
        [1, 1, 2, 1],
        [2, 2, 2, 2],
        [null, 5, 5, 5],
        [null, null, 1, 1],
        [null, 3, null, null],
    ];

    [Theory]
    [InlineData(AlphaMetric.Nominal, 0.743)]
    [InlineData(AlphaMetric.Ordinal, 0.815)]
    [InlineData(AlphaMetric.Interval, 0.849)]
    [InlineData(AlphaMetric.Ratio, 0.797)]
    public void matches_the_published_values_of_krippendorffs_2011_worked_example(AlphaMetric metric, double published)
    {
        var result = KrippendorffAlpha.Compute(Krippendorff2011, metric);

        Assert.Equal(published, Math.Round(result.Alpha!.Value, 3));
        Assert.Null(result.Reason);
        Assert.Equal((11, 40), (result.Units, result.PairableValues));
    }

    [Fact]
    public void matches_the_published_value_of_krippendorffs_2011_binary_two_observer_example()
    {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example A: binary data, two
        // observers, ten units, no missing data. Published nominal alpha: 0.095.
        int?[][] data = [[0, 1], [1, 1], [0, 1], [0, 0], [0, 0], [0, 1], [0, 0], [0, 0], [1, 0], [0, 0]];

        Assert.Equal(0.095, Math.Round(KrippendorffAlpha.Compute(data, AlphaMetric.Nominal).Alpha!.Value, 3));
    }

    [Fact]
    public void ordinal_distance_depends_on_ranks_not_on_the_size_of_the_numbers()
    {
        int?[][] close = [[1, 2], [2, 3], [3, 3], [1, 1]];
        int?[][] stretched = [[1, 20], [20, 300], [300, 300], [1, 1]];

        var ordinal = KrippendorffAlpha.Compute(close, AlphaMetric.Ordinal).Alpha;

        Assert.Equal(ordinal, KrippendorffAlpha.Compute(stretched, AlphaMetric.Ordinal).Alpha);
        Assert.NotEqual(
            KrippendorffAlpha.Compute(close, AlphaMetric.Interval).Alpha,
            KrippendorffAlpha.Compute(stretched, AlphaMetric.Interval).Alpha);
    }

    [Theory]
    [InlineData(AlphaMetric.Ordinal)]
    [InlineData(AlphaMetric.Interval)]
    public void when_every_scorer_gives_the_same_single_value_everywhere_there_is_not_enough_data(AlphaMetric metric)
    {
        int?[][] data = [[4, 4, 4], [4, 4, 4], [4, null, 4]];

        var result = KrippendorffAlpha.Compute(data, metric);

        Assert.Null(result.Alpha);
        Assert.False(result.IsDefined);
        Assert.Contains("no variation", result.Reason, StringComparison.Ordinal);
        Assert.StartsWith("not enough data", result.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AlphaMetric.Ordinal)]
    [InlineData(AlphaMetric.Interval)]
    public void scorers_who_agree_on_every_unit_while_units_differ_have_an_alpha_of_one(AlphaMetric metric)
    {
        int?[][] data = [[2, 2, 2], [5, 5, 5], [3, 3, null]];

        Assert.Equal(1.0, KrippendorffAlpha.Compute(data, metric).Alpha);
    }

    [Fact]
    public void a_single_coder_gives_not_enough_data()
    {
        int?[][] data = [[1], [3], [5]];

        var result = KrippendorffAlpha.Compute(data, AlphaMetric.Interval);

        Assert.Null(result.Alpha);
        Assert.Equal("fewer than two pairable values: every unit has at most one value", result.Reason);
        Assert.Equal((0, 0), (result.Units, result.PairableValues));
    }

    [Fact]
    public void all_values_missing_gives_not_enough_data()
    {
        int?[][] data = [[null, null], [null, null]];

        Assert.Null(KrippendorffAlpha.Compute(data, AlphaMetric.Ordinal).Alpha);
        Assert.Null(KrippendorffAlpha.Compute(Array.Empty<int?[]>(), AlphaMetric.Ordinal).Alpha);
    }

    [Fact]
    public void units_with_a_single_value_are_dropped_and_change_nothing()
    {
        int?[][] data = [[1, 2], [3, 3], [4, 5]];
        int?[][] withLoners = [[1, 2], [3, 3], [4, 5], [1, null], [null, 5]];

        Assert.Equal(KrippendorffAlpha.Compute(data, AlphaMetric.Interval), KrippendorffAlpha.Compute(withLoners, AlphaMetric.Interval));
    }

    [Fact]
    public void systematic_disagreement_gives_a_negative_alpha_not_a_clamped_one()
    {
        int?[][] data = [[1, 5], [5, 1], [1, 5], [5, 1]];

        Assert.True(KrippendorffAlpha.Compute(data, AlphaMetric.Interval).Alpha < 0);
    }

    [Fact]
    public void a_value_that_is_not_a_finite_number_is_refused()
    {
        double?[][] data = [[1, double.NaN]];

        Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Compute(data, AlphaMetric.Interval));
    }

    /// <summary>2..8 units, each with its own value 1..5, coded identically by 2..5 coders with some gaps.</summary>
    private static readonly Arbitrary<int?[][]> IdenticalCoders =
        (from units in Gen.Choose(2, 8)
         from coders in Gen.Choose(2, 5)
         from values in Gen.Choose(1, 5).ArrayOf(units)
         from gaps in Gen.Choose(0, 3).ArrayOf(units * coders)
         where values.Distinct().Count() > 1
         select values.Select((v, u) =>
             Enumerable.Range(0, coders).Select(c => c >= 2 && gaps[(u * coders) + c] == 0 ? null : (int?)v).ToArray()).ToArray())
        .ToArbitrary();

    [Property(MaxTest = 200)]
    public Property alpha_is_one_when_all_coders_give_identical_values_for_units_that_vary() =>
        Prop.ForAll(IdenticalCoders, data =>
        {
            foreach (var metric in Enum.GetValues<AlphaMetric>())
            {
                Assert.Equal(1.0, KrippendorffAlpha.Compute(data, metric).Alpha!.Value, 12);
            }
        });

    private static readonly Arbitrary<int?[][]> AnyScores =
        (from units in Gen.Choose(1, 10)
         from coders in Gen.Choose(1, 6)
         from cells in Gen.Elements<int?>(null, 1, 2, 3, 4, 5).ArrayOf(units * coders)
         select Enumerable.Range(0, units).Select(u => cells.Skip(u * coders).Take(coders).ToArray()).ToArray())
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property alpha_is_at_most_one_or_says_why_it_is_undefined() =>
        Prop.ForAll(AnyScores, data =>
        {
            foreach (var metric in Enum.GetValues<AlphaMetric>())
            {
                var result = KrippendorffAlpha.Compute(data, metric);
                Assert.True(result.Alpha is double alpha ? alpha <= 1 + 1e-12 && result.Reason is null : result.Reason is not null);
            }
        });

    [Property(MaxTest = 200)]
    public Property the_order_of_units_and_of_coders_within_a_unit_does_not_matter() =>
        Prop.ForAll(AnyScores, data =>
        {
            var shuffled = data.Reverse().Select(row => row.Reverse().ToArray()).ToArray();
            foreach (var metric in Enum.GetValues<AlphaMetric>())
            {
                var a = KrippendorffAlpha.Compute(data, metric).Alpha;
                var b = KrippendorffAlpha.Compute(shuffled, metric).Alpha;
                Assert.Equal(a.HasValue, b.HasValue);
                if (a.HasValue)
                {
                    Assert.Equal(a.Value, b!.Value, 9);
                }
            }
        });
}
