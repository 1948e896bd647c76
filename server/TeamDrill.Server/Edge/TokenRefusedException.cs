using TeamDrill.Grains.Players;

namespace TeamDrill.Server.Edge;

/// <summary>A sign-in token that was valid once and is not any more (expired or signed out): the player signs in again.</summary>
public sealed class TokenRefusedException(TokenCheck check) : Exception(check.Refusal)
{
    public TokenStatus Status { get; } = check.Status;
}
