using System.Globalization;
using System.Text;

namespace TeamDrill.Shared.Text;

/// <summary>
/// Makes untrusted text safe to show on someone else's terminal: drops control characters (ESC,
/// so no ANSI sequences), format characters (bidi overrides, zero-width spaces) and invisible fillers
/// (<see cref="UnsafeCharacters"/>) but keeps the zero-width joiner that holds emoji sequences together;
/// keeps at most <see cref="MaxCombiningMarks"/> combining marks on one character, so a line cannot
/// smear over the lines above and below it. <see cref="Clean"/> makes one line: tabs, every kind of line
/// break and every space character become one space, runs collapse, ends are trimmed.
/// <see cref="ForTerminal"/> keeps layout (spaces, line feeds) for text printed as it is.
/// Broken UTF-16 becomes U+FFFD.
/// </summary>
public static class TextSanitizer
{
    /// <summary>Vietnamese needs two marks on one letter (ệ); nothing a person types needs more.</summary>
    public const int MaxCombiningMarks = 2;

    private enum Keep
    {
        Drop,
        AsSpace,
        AsLineFeed,
        Mark,
        Yes,
    }

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

        return CollapseSpaces(Filter(text, oneLine: true)).Trim();
    }

    /// <summary>
    /// The same characters dropped as <see cref="Clean"/>, but spacing and line feeds kept (a CR only
    /// before an LF): for tables, exports and multi-line text a client prints as it arrived.
    /// </summary>
    public static string ForTerminal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return IsPlainLayout(text) ? text : Filter(text, oneLine: false);
    }

    private static string Filter(string text, bool oneLine)
    {
        var sb = new StringBuilder(text.Length);
        Span<char> utf16 = stackalloc char[2];
        var marks = 0;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var keep = Classify(rune, oneLine);
            var followedByLf = index + rune.Utf16SequenceLength < text.Length && text[index + rune.Utf16SequenceLength] == '\n';
            index += rune.Utf16SequenceLength;
            if (keep == Keep.Mark)
            {
                if (++marks > MaxCombiningMarks)
                {
                    continue;
                }
            }
            else if (keep != Keep.Drop)
            {
                marks = 0;
            }

            switch (keep)
            {
                case Keep.AsSpace:
                    sb.Append(' ');
                    break;
                case Keep.AsLineFeed when rune.Value == '\r':
                    if (followedByLf)
                    {
                        sb.Append('\r'); // a CRLF pair is a line break; a lone CR could overwrite the line
                    }

                    break;
                case Keep.AsLineFeed:
                    sb.Append('\n');
                    break;
                case Keep.Mark or Keep.Yes:
                    sb.Append(utf16[..rune.EncodeToUtf16(utf16)]);
                    break;
            }
        }

        return sb.ToString();
    }

    private static Keep Classify(Rune rune, bool oneLine)
    {
        if (rune.Value is '\n' or '\r' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029')
        {
            return oneLine ? Keep.AsSpace : Keep.AsLineFeed;
        }

        if (rune.Value == '\t')
        {
            return Keep.AsSpace;
        }

        if (rune.Value == 0x200D)
        {
            return Keep.Yes; // the emoji joiner; names drop it (NameRules)
        }

        if (UnsafeCharacters.IsFiller(rune.Value))
        {
            return Keep.Drop;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => Keep.Drop,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => Keep.Mark,
            UnicodeCategory.SpaceSeparator => oneLine || rune.Value != ' ' ? Keep.AsSpace : Keep.Yes,
            _ => Keep.Yes,
        };
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
        var marks = 0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previous == ' ')
                {
                    return false;
                }
            }
            else if (c < ' ' || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c) || UnsafeCharacters.IsFiller(c))
            {
                return false;
            }
            else if (c > '\u007F' && c != '\u200D' && !IsPlainWide(c, ref marks))
            {
                return false;
            }

            if (c <= '\u007F')
            {
                marks = 0;
            }

            previous = c;
        }

        return true;
    }

    /// <summary>True when <see cref="ForTerminal"/> would return the text unchanged.</summary>
    private static bool IsPlainLayout(string text)
    {
        var marks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or ' ' || c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                marks = 0;
                continue;
            }

            if (c < ' ' || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c) || UnsafeCharacters.IsFiller(c))
            {
                return false;
            }

            if (c <= '\u007F')
            {
                marks = 0;
            }
            else if (c != '\u200D' && !IsPlainWide(c, ref marks))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A non-ASCII character both cleaners keep as it is; counts combining marks in a row.</summary>
    private static bool IsPlainWide(char c, ref int marks)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                return false;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                return ++marks <= MaxCombiningMarks;
            default:
                marks = 0;
                return true;
        }
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
