using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Text;

/// <summary>A room code as a player types it: any case, checked for length and characters before the server sees it.</summary>
public static class RoomCodeText
{
    public static bool TryParse(string text, out string code)
    {
        code = text.ToUpperInvariant();
        return code.Length == DrillLimits.RoomCodeLength && code.All(char.IsAsciiLetterOrDigit);
    }
}
