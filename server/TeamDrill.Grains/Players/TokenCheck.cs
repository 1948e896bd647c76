namespace TeamDrill.Grains.Players;

/// <summary>A token's status, and the player it stands for while it is valid.</summary>
[GenerateSerializer, Immutable]
public sealed class TokenCheck
{
    [Id(0)] public TokenStatus Status { get; init; }
    [Id(1)] public string PlayerId { get; init; } = "";

    public static TokenCheck Unknown { get; } = new();

    public bool IsValid => Status == TokenStatus.Valid;

    /// <summary>The sentence a refused token gets; every one tells the player to sign in again.</summary>
    public string Refusal => Status switch
    {
        TokenStatus.Expired => "Your sign-in expired after going unused; sign in again.",
        TokenStatus.Revoked => "This sign-in was signed out; sign in again.",
        _ => "Unknown sign-in token: sign in again.",
    };
}
