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

        if (IsAlreadyClean(text))
        {
            return text; // most lines typed in a drill: nothing to copy
        }

        var sb = new StringBuilder(text.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value is '\t' or '\n' or '\r' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029')
            {
                sb.Append(' ');
            }
            else if (rune.Value != 0x200D && category is UnicodeCategory.Control or UnicodeCategory.Format
                     or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }
            else
            {
                sb.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            }
        }

        return CollapseSpaces(sb.ToString()).Trim();
    }

    /// <summary>
    /// True when <see cref="Clean"/> would return the text unchanged: no character it drops or replaces,
    /// no run of spaces, nothing to trim. Anything outside the plain cases (surrogate pairs) takes the
    /// full path.
    /// </summary>
    private static bool IsAlreadyClean(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        var previous = '\0';
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previous == ' ')
                {
                    return false;
                }
            }
            else if (c < ' ' || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
            {
                return false;
            }
            else if (c > '\u007F' && c != '\u200D'
                     && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                         or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                return false;
            }

            previous = c;
        }

        return true;
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
