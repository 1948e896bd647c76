using System.Globalization;

namespace TeamDrill.Shared.Ratings;

/// <summary>
/// A Glicko-2 rating on the familiar scale: <see cref="Rating"/> (1500 is the newcomer's start),
/// <see cref="Deviation"/> (RD, how unsure we are) and <see cref="Volatility"/> (sigma, how erratic the results are).
/// </summary>
public readonly record struct Glicko2Rating(double Rating, double Deviation, double Volatility)
{
    public const double DefaultRating = 1500;
    public const double DefaultDeviation = 350;
    public const double DefaultVolatility = 0.06;

    /// <summary>A newcomer: 1500, RD 350, sigma 0.06 (Glickman's suggested defaults).</summary>
    public static Glicko2Rating Initial { get; } = new(DefaultRating, DefaultDeviation, DefaultVolatility);

    /// <summary>
    /// "1464 ± 303": the rating with a band of two deviations either side, which holds the true
    /// level about 95% of the time. Never shown as a bare number.
    /// </summary>
    public string Display() =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(Rating, MidpointRounding.AwayFromZero):0} ± {Math.Round(2 * Deviation, MidpointRounding.AwayFromZero):0}");

    public override string ToString() => Display();
}
