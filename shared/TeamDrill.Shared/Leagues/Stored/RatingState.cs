using MessagePack;
using TeamDrill.Shared.Ratings;

namespace TeamDrill.Shared.Leagues.Stored;

/// <summary>A Glicko-2 rating at rest.</summary>
[MessagePackObject]
public sealed class RatingState
{
    [Key(0)] public double Rating { get; set; }
    [Key(1)] public double Deviation { get; set; }
    [Key(2)] public double Volatility { get; set; }

    public Glicko2Rating ToRating() => new(Rating, Deviation, Volatility);

    public static RatingState From(Glicko2Rating rating) => new() { Rating = rating.Rating, Deviation = rating.Deviation, Volatility = rating.Volatility };
}
