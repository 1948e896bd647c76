namespace TeamDrill.Shared.Leagues;

/// <summary>Which way a criterion's consensus is heading over the season.</summary>
public enum Trend
{
    Steady,
    Rising,
    Falling,
}
