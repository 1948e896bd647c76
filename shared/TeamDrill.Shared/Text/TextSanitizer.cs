using System.Globalization;
using System.Text;

namespace TeamDrill.Shared.Text;

/// <summary>
/// Makes untrusted text safe to show on someone else's terminal: drops control characters (ESC,
/// so no ANSI sequences), format characters (bidi overrides, zero-width) and lone surrogates, turns
/// tabs and line breaks into spaces, and trims.
/// </summary>
public static class TextSanitizer
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value is '\t' or '\n' or '\r')
            {
                sb.Append(' ');
            }
            else if (category is UnicodeCategory.Control or UnicodeCategory.Format
                     or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }
            else
            {
                sb.Append(rune.ToString());
            }
        }

        return CollapseSpaces(sb.ToString()).Trim();
    }

    private static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var isSpace = c == ' ';
            if (!(isSpace && lastWasSpace))
            {
                sb.Append(c);
            }

            lastWasSpace = isSpace;
        }

        return sb.ToString();
    }
}
