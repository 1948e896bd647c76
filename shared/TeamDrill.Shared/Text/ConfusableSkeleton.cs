using System.Globalization;
using System.Text;

namespace TeamDrill.Shared.Text;

/// <summary>
/// A name reduced to how it looks, so two names that read the same on a screen compare equal (after the
/// idea of Unicode's confusable skeletons, UTS #39, with a deliberately small table). Scope: fullwidth
/// forms (Ａ, ｂ, ０) become their ASCII letters and digits; the Cyrillic and Greek letters that look
/// like Latin ones (<see cref="LookAlikes"/>) and the digit 0 become those Latin letters; invisible
/// characters (controls, format characters, fillers) are ignored; case is folded. Accents stay: "José"
/// and "Jose" look different. Not covered (the server runs without ICU, so there is no Unicode
/// normalization): other scripts, mathematical letters, a precomposed é against e plus a combining
/// accent, and letter pairs such as "rn" against "m" that only look alike in some fonts.
/// </summary>
public static class ConfusableSkeleton
{
    private static readonly Dictionary<int, char> LookAlikes = new()
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['һ'] = 'h', ['і'] = 'i', ['ј'] = 'j', ['к'] = 'k', ['м'] = 'm',
        ['н'] = 'h', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's',
        ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ӏ'] = 'l', ['ү'] = 'y',
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['Һ'] = 'H', ['І'] = 'I', ['Ј'] = 'J', ['К'] = 'K', ['М'] = 'M',
        ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T', ['У'] = 'Y', ['Х'] = 'X', ['Ѕ'] = 'S',
        ['Ԁ'] = 'D', ['Ԛ'] = 'Q', ['Ԝ'] = 'W', ['Ӏ'] = 'I', ['Ү'] = 'Y',

        // Greek
        ['α'] = 'a', ['β'] = 'b', ['γ'] = 'y', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p',
        ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['ϲ'] = 'c', ['ϳ'] = 'j',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M',
        ['Ν'] = 'N', ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['Ϲ'] = 'C',

        // Latin and digits
        ['0'] = 'o', ['ı'] = 'i',
    };

    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsInvisible(rune))
            {
                continue;
            }

            var ascii = rune.Value is >= 0xFF01 and <= 0xFF5E ? new Rune(rune.Value - 0xFEE0) : rune; // fullwidth forms
            var shown = LookAlikes.TryGetValue(ascii.Value, out var latin) ? new Rune(latin) : ascii;
            sb.Append(utf16[..Rune.ToLowerInvariant(shown).EncodeToUtf16(utf16)]);
        }

        return sb.ToString();
    }

    private static bool IsInvisible(Rune rune) =>
        UnsafeCharacters.IsFiller(rune.Value)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format;
}
