namespace TeamDrill.Grains.Players;

/// <summary>
/// A sign-in token, keyed by the SHA-256 of the token (so storage never holds a usable token). It expires
/// after going unused for <see cref="PlayerOptions.TokenIdleLimit"/> and can be signed out.
/// </summary>
public interface ISessionTokenGrain : IGrainWithStringKey
{
    Task Issue(string playerId);

    /// <summary>Uses the token: its status, and its player while valid. A use refreshes the last-used time now and then.</summary>
    Task<TokenCheck> Check();

    /// <summary>Whether the token is valid now, without counting as a use (for a data export).</summary>
    Task<bool> IsValid();

    /// <summary>Signs the token out; true when it was valid until now.</summary>
    Task<bool> Revoke();
}
