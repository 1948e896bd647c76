namespace TeamDrill.Grains.Players;

/// <summary>
/// A sign-in token, keyed by the SHA-256 of the token (so storage never holds a usable token).
/// </summary>
public interface ISessionTokenGrain : IGrainWithStringKey
{
    Task Issue(string playerId);

    /// <summary>The player the token stands for, or null for an unknown token.</summary>
    Task<string?> Resolve();
}
