using System.Security.Cryptography;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// Short room codes people read aloud: six characters with no 0/O or 1/I/L to confuse. Typed codes are
/// trimmed and taken in any case. Clients check a typed code with the same rule the server applies.
/// </summary>
public static class RoomCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>A code this alphabet can produce, for help texts ("like K7QX2M").</summary>
    public const string Example = "K7QX2M";

    /// <summary>A fresh code from the operating system's cryptographic generator, so no code follows from an earlier one.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, DrillLimits.RoomCodeLength);

    /// <summary>What a room code looks like, for refusals and help texts.</summary>
    public static string Shape => $"{DrillLimits.RoomCodeLength} letters and digits, like {Example}";

    /// <summary>Whether <paramref name="typed"/> is a room code once trimmed and upper-cased.</summary>
    public static bool IsWellFormed(string? typed) => TryNormalize(typed, out _);

    /// <summary>The code as the server keeps it (trimmed, upper case), or false when it cannot be a room code.</summary>
    public static bool TryNormalize(string? typed, out string code)
    {
        var clean = (typed ?? "").Trim().ToUpperInvariant();
        var wellFormed = clean.Length == DrillLimits.RoomCodeLength && clean.All(c => Alphabet.Contains(c));
        code = wellFormed ? clean : "";
        return wellFormed;
    }

    /// <summary>Trims and upper-cases a typed code, or refuses one that cannot be a room code.</summary>
    public static string Normalize(string? typed)
    {
        if (TryNormalize(typed, out var code))
        {
            return code;
        }

        var shown = TextSanitizer.Clean(typed);
        throw new DrillRuleException(
            $"'{(shown.Length > 20 ? shown[..20] + "..." : shown)}' is not a room code: codes are {Shape}.");
    }
}
