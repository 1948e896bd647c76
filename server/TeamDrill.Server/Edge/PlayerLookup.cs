using TeamDrill.Grains.Players;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Text;

namespace TeamDrill.Server.Edge;

/// <summary>Finds the one player a facilitator means: by player id, or by a display name that only one player has.</summary>
public sealed class PlayerLookup(IGrainFactory grains)
{
    private const int MaxLength = 200;

    /// <summary>The player's id; a sentence (DrillRuleException) when there is none, or when the name is ambiguous.</summary>
    public async Task<string> Find(string? player)
    {
        var text = (player ?? "").Trim();
        if (text.Length == 0)
        {
            throw new DrillRuleException("Name the player: a display name or a player id.");
        }

        if (text.Length > MaxLength)
        {
            throw new DrillRuleException($"The player is {text.Length} characters long; a name or id is at most {MaxLength}.");
        }

        if (IsPlayerId(text) && await grains.GetGrain<IPlayerGrain>(text).GetName() is not null)
        {
            return text;
        }

        var shown = TextSanitizer.Clean(text);
        var ids = shown.Length == 0 ? [] : await grains.GetGrain<IPlayerNameGrain>(PlayerNameKey.Of(shown)).PlayerIds();
        return ids.Count switch
        {
            0 => throw new DrillRuleException($"There is no player called '{shown}'. Check the name, or give the player id (teamdrill league members CODE lists ids)."),
            1 => ids[0],
            _ => throw new DrillRuleException(
                $"{ids.Count} players are called '{shown}': {string.Join(", ", ids.Order(StringComparer.Ordinal))}. Give the player id instead."),
        };
    }

    private static bool IsPlayerId(string text) => text.Length == 32 && text.All(char.IsAsciiHexDigitLower);
}
