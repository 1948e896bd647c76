using System.Globalization;
using System.Text;

namespace TeamDrill.Shared.Text;

/// <summary>
/// Makes untrusted text safe to show on someone else's terminal: drops control characters (ESC,
/// so no ANSI sequences) and format characters (bidi overrides, zero-width spaces) but keeps the
/// zero-width joiner that holds emoji sequences together; turns tabs and every kind of line break
/// into a space; collapses runs of spaces; trims. Broken UTF-16 becomes U+FFFD.
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
            if (rune.Value is '\t' or '\n' or '\r' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029')
            {
                sb.Append(' ');
            }
            else if (rune.Value == 0x200D)
            {
                sb.Append(rune.ToString());
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
