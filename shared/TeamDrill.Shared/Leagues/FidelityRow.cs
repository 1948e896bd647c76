namespace TeamDrill.Shared.Leagues;

/// <summary>
/// A line of the customer-fidelity table: per drill the mean of the scorers' ratings, then the mean over
/// the drills played as customer (2 decimals), so a drill with more scorers does not weigh more.
/// </summary>
public sealed record FidelityRow(int Position, string CustomerId, string Name, double MeanFidelity, int Drills, double BestDrill);
