namespace TeamDrill.Grains.Players;

/// <summary>The players who go by one display name, keyed by <see cref="PlayerNameKey"/>: how a facilitator finds a player by name.</summary>
public interface IPlayerNameGrain : IGrainWithStringKey
{
    Task Add(string playerId);
    Task Remove(string playerId);
    Task<IReadOnlyList<string>> PlayerIds();
}
