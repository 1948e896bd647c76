using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TeamDrill.Shared.Content;
using TeamDrill.Shared.Drills;

namespace TeamDrill.Shared.Text;

/// <summary>
/// The name filter: refuses player, league and group names that contain a blocked word, seen through
/// case, look-alike letters (<see cref="ConfusableSkeleton"/>), accents, spacing and punctuation
/// ("c u n t", "f.u.c.k"), repeated letters, a '*' standing for a letter ("f*ck") and the usual digit
/// and symbol swaps (0→o 1→i/l 3→e 4→a 5→s 7→t 8→b @→a $→s !→i). A word matches a whole word of the
/// name, with or without a common ending (s, es, ed, ing), so Scunthorpe, Dickens, Cassandra and
/// Spicer pass; a word written <c>*word*</c> in the list also matches inside a longer word.
/// </summary>
public sealed class BlockedWords
{
    private const string Endings = "(?:s|es|ed|ing)?";

    /// <summary>U+00C0 to U+017F without their accents ("ü" is "u"); '?' keeps the letter as it is.</summary>
    private const string LatinBases = "AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY??aaaaaa?ceeeeiiiidnooooo?ouuuuy?yAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKk?LlLlLlLlLlNnNnNn???OoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    private readonly IReadOnlyList<Regex> _wholeWords;
    private readonly IReadOnlyList<Regex> _insideWords;

    public BlockedWords(IEnumerable<string> words)
    {
        var whole = new List<Regex>();
        var inside = new List<Regex>();
        foreach (var entry in words)
        {
            var anywhere = entry.Length > 2 && entry.StartsWith('*') && entry.EndsWith('*');
            var letters = Readings(Fold(anywhere ? entry[1..^1] : entry)).First();
            if (letters.Length == 0)
            {
                continue;
            }

            // Each letter may repeat ("fuuuck") or be starred out ("f**k").
            var pattern = string.Concat(letters.Select(c => $"(?:{Regex.Escape(c.ToString())}|\\*)+"));
            (anywhere ? inside : whole).Add(new Regex(anywhere ? pattern : $"^{pattern}{Endings}$", RegexOptions.CultureInvariant));
        }

        _wholeWords = whole;
        _insideWords = inside;
    }

    public static BlockedWords None { get; } = new([]);

    public int Count => _wholeWords.Count + _insideWords.Count;

    /// <summary>True when <paramref name="text"/> contains a blocked word in any of the disguises the filter sees through.</summary>
    public bool Blocks(string? text)
    {
        foreach (var word in Words(text ?? ""))
        {
            foreach (var reading in Readings(word))
            {
                if (_wholeWords.Any(r => IsHit(r, reading)) || _insideWords.Any(r => IsHit(r, reading)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Returns the name when it passes; otherwise refuses it without repeating the word.</summary>
    public string Check(string name, string what) => Blocks(name)
        ? throw new DrillRuleException($"That {what} is not allowed here: it contains a word on this server's blocked list; choose another.")
        : name;

    /// <summary>
    /// Reads a word list: one word per line, '#' starts a comment line, blank lines are skipped. Each
    /// problem is added with its file, line and column; a list with problems must not be used.
    /// </summary>
    public static IReadOnlyList<string> ParseList(string file, string text, List<ContentProblem> problems)
    {
        foreach (var (line, column, rune) in UnsafeCharacters.FindInContent(text))
        {
            problems.Add(new ContentProblem(file, line, column,
                $"{UnsafeCharacters.Describe(rune)} cannot be in a word list: it would make the word impossible to match; delete it"));
        }

        var words = new List<string>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.Any(char.IsWhiteSpace))
            {
                problems.Add(new ContentProblem(file, number, raw.IndexOf(line[0], StringComparison.Ordinal) + 1,
                    "a blocked word is one word on its own line, without spaces"));
                continue;
            }

            words.Add(line);
        }

        return words;
    }

    private static bool IsHit(Regex pattern, string reading)
    {
        var match = pattern.Match(reading);
        // "****" alone is not a word: at least two real letters must show.
        return match.Success && match.Value.Count(c => c != '*') >= 2;
    }

    /// <summary>The name's words after folding; runs of single characters are read as one word ("c u n t").</summary>
    private static IEnumerable<string> Words(string text)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c) || c is '*' or '@' or '$' or '!')
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                pieces.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            pieces.Add(current.ToString());
        }

        var glued = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Length == 1)
            {
                glued.Append(piece);
                continue;
            }

            if (glued.Length > 0)
            {
                yield return glued.ToString();
                glued.Clear();
            }

            yield return piece;
        }

        if (glued.Length > 0)
        {
            yield return glued.ToString();
        }
    }

    /// <summary>A word with its digit and symbol swaps undone; 1 may stand for i or l, so both are tried.</summary>
    private static IEnumerable<string> Readings(string word)
    {
        yield return Swap(word, one: 'i');
        if (word.Contains('1', StringComparison.Ordinal))
        {
            yield return Swap(word, one: 'l');
        }
    }

    private static string Swap(string word, char one) => string.Concat(word.Select(c => c switch
    {
        '1' => one,
        '!' => 'i',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        '8' => 'b',
        _ => c,
    }));

    /// <summary>Lower case, look-alike letters as Latin, accents and invisible characters gone.</summary>
    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in ConfusableSkeleton.Of(text))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var bare = c is >= '\u00C0' and <= '\u017F' ? LatinBases[c - '\u00C0'] : '?';
            sb.Append(bare == '?' ? c : bare);
        }

        return sb.ToString();
    }
}
