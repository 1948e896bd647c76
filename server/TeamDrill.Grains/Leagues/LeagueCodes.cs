using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Text;

namespace TeamDrill.Grains.Leagues;

/// <summary>League codes look like room codes (6 letters and digits) and double as join codes.</summary>
public static class LeagueCodes
{
    public static string New() => RoomCodes.New();

    public static string Normalize(string? code)
    {
        if (!RoomCodes.TryNormalize(code, out var clean))
        {
            var shown = TextSanitizer.Clean(code);
            throw new DrillRuleException(
                $"'{(shown.Length > 20 ? shown[..20] + "..." : shown)}' is not a league code: codes are {RoomCodes.Shape}.");
        }

        return clean;
    }
}
