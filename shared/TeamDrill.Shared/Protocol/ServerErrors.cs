namespace TeamDrill.Shared.Protocol;

/// <summary>What the server's error sentences promise, so a client can tell a hiccup from a refusal.</summary>
public static class ServerErrors
{
    /// <summary>
    /// Every sentence about a passing trouble (storage down, a room moving to another silo, calls too fast)
    /// tells the player to try again; a refusal by the rules never does.
    /// </summary>
    public const string TryAgain = "try again";
}
