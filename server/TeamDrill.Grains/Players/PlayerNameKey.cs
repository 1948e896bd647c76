namespace TeamDrill.Grains.Players;

/// <summary>The key of a display name in the name index: case does not tell two players apart when a facilitator types a name.</summary>
public static class PlayerNameKey
{
    public static string Of(string cleanName) => cleanName.Trim().ToLowerInvariant();
}
