namespace TeamDrill.Shared.Ratings;

/// <summary>The league's agent ratings (by member id) and card ratings (by card id), kept apart so ids never collide.</summary>
public sealed record RatingTables(
    IReadOnlyDictionary<string, Glicko2Rating> Agents,
    IReadOnlyDictionary<string, Glicko2Rating> Cards)
{
    public static RatingTables Empty { get; } = new(
        new Dictionary<string, Glicko2Rating>(StringComparer.Ordinal),
        new Dictionary<string, Glicko2Rating>(StringComparer.Ordinal));

    /// <summary>The member's agent rating, or a newcomer's when the member has not been rated yet.</summary>
    public Glicko2Rating Agent(string memberId) => Agents.GetValueOrDefault(memberId, Glicko2Rating.Initial);

    /// <summary>The card's rating, or a newcomer's when the card has not been played yet.</summary>
    public Glicko2Rating Card(string cardId) => Cards.GetValueOrDefault(cardId, Glicko2Rating.Initial);
}
