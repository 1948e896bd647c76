using System.Globalization;
using System.Text;

namespace TeamDrill.Shared.Text;

/// <summary>
/// The characters that can steer or disguise what a terminal shows: C0 and C1 controls (ESC starts ANSI,
/// OSC 8 links and OSC 52 clipboard writes; U+009B is a one-character CSI), bidi overrides and isolates,
/// other invisible format characters, and the fillers that Unicode files as letters or marks but that
/// render as nothing. <see cref="TextSanitizer"/> drops them; content files must not contain them at all.
/// </summary>
public static class UnsafeCharacters
{
    private static readonly Dictionary<int, string> Names = new()
    {
        [0x00] = "null", [0x07] = "bell", [0x08] = "backspace", [0x0B] = "vertical tab", [0x0C] = "form feed",
        [0x1B] = "escape", [0x7F] = "delete", [0x85] = "next line", [0x90] = "device control string",
        [0x9B] = "control sequence introducer", [0x9C] = "string terminator", [0x9D] = "operating system command",
        [0xAD] = "soft hyphen", [0x034F] = "combining grapheme joiner", [0x115F] = "Hangul choseong filler",
        [0x1160] = "Hangul jungseong filler", [0x17B4] = "Khmer vowel inherent aq", [0x17B5] = "Khmer vowel inherent aa",
        [0x180E] = "Mongolian vowel separator", [0x200B] = "zero width space", [0x200C] = "zero width non-joiner",
        [0x200D] = "zero width joiner", [0x200E] = "left-to-right mark", [0x200F] = "right-to-left mark",
        [0x2028] = "line separator", [0x2029] = "paragraph separator", [0x202A] = "left-to-right embedding",
        [0x202B] = "right-to-left embedding", [0x202C] = "pop directional formatting", [0x202D] = "left-to-right override",
        [0x202E] = "right-to-left override", [0x2060] = "word joiner", [0x2066] = "left-to-right isolate",
        [0x2067] = "right-to-left isolate", [0x2068] = "first strong isolate", [0x2069] = "pop directional isolate",
        [0x2800] = "Braille pattern blank", [0x3164] = "Hangul filler", [0xFEFF] = "zero width no-break space",
        [0xFFA0] = "halfwidth Hangul filler",
    };

    /// <summary>Letters and marks by category that show as nothing; people use them to make a name look empty or like another.</summary>
    public static bool IsFiller(int codePoint) =>
        codePoint is 0x034F or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x2800 or 0x3164 or 0xFFA0;

    /// <summary>
    /// True for a character no content file may hold: every control except tab and the line breaks YAML
    /// itself uses (LF, CR), every format character, the Unicode line and paragraph separators, and the fillers.
    /// </summary>
    public static bool IsUnsafeInContent(Rune rune)
    {
        if (rune.Value is '\t' or '\n' or '\r')
        {
            return false;
        }

        return IsFiller(rune.Value) || rune.Value is 0x2028 or 0x2029
            || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format;
    }

    /// <summary>"U+001B (escape)": the code point and, where it has one people know, its name.</summary>
    public static string Describe(Rune rune)
    {
        var code = $"U+{rune.Value.ToString("X4", CultureInfo.InvariantCulture)}";
        if (Names.TryGetValue(rune.Value, out var name))
        {
            return $"{code} ({name})";
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => $"{code} (a control character)",
            UnicodeCategory.Format => $"{code} (an invisible format character)",
            _ => $"{code} (an invisible filler)",
        };
    }

    /// <summary>Every unsafe character of a file's text, with its 1-based line and column (columns count characters as people see them: one per code point).</summary>
    public static IEnumerable<(int Line, int Column, Rune Rune)> FindInContent(string text)
    {
        var line = 1;
        var column = 1;
        var previousWasCr = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                if (!previousWasCr)
                {
                    line++;
                }

                column = 1;
                previousWasCr = false;
                continue;
            }

            previousWasCr = rune.Value == '\r';
            if (previousWasCr)
            {
                line++;
                column = 1;
                continue;
            }

            if (IsUnsafeInContent(rune))
            {
                yield return (line, column, rune);
            }

            column++;
        }
    }
}
