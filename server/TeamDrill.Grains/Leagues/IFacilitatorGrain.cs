namespace TeamDrill.Grains.Leagues;

/// <summary>Whether a player is a facilitator, keyed by player id.</summary>
public interface IFacilitatorGrain : IGrainWithStringKey
{
    /// <summary>Becomes a facilitator when <paramref name="key"/> is the server's facilitator key.</summary>
    Task Claim(string key);
    Task<bool> IsFacilitator();
}
