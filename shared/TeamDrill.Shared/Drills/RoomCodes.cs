using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>Short room codes people read aloud: six characters with no 0/O or 1/I/L to confuse.</summary>
public static class RoomCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New(Random random) =>
        string.Create(DrillLimits.RoomCodeLength, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[r.Next(Alphabet.Length)];
            }
        });

    /// <summary>Trims and upper-cases a typed code, or refuses one that cannot be a room code.</summary>
    public static string Normalize(string? code)
    {
        var clean = (code ?? "").Trim().ToUpperInvariant();
        if (clean.Length != DrillLimits.RoomCodeLength || clean.Any(c => !Alphabet.Contains(c)))
        {
            var shown = TextSanitizer.Clean(code);
            throw new DrillRuleException(
                $"'{(shown.Length > 20 ? shown[..20] + "..." : shown)}' is not a room code: codes are {DrillLimits.RoomCodeLength} letters and digits, like K7QX2M.");
        }

        return clean;
    }
}
