namespace TeamDrill.Grains.Players;

/// <summary>What a sign-in token is worth now.</summary>
public enum TokenStatus
{
    Unknown = 0,
    Valid = 1,
    Expired = 2,
    Revoked = 3,
}
