using System.Text.RegularExpressions;

namespace TeamDrill.Shared.Content;

/// <summary>
/// Finds where text the agent sees gives away a hidden fact. Only a fact's distinctive words count, so
/// ordinary words shared by a fact and a brief ("order", "refund") never do:
/// <list type="bullet">
/// <item>numbers and codes: any word of two or more characters with a digit in it ("44120", "CX-44120", "3pm"),
/// and any run of three or more digits inside one;</item>
/// <item>named steps: a step-like word followed by a number or number word ("step 4", "page six");</item>
/// <item>named parts: two adjacent words that are both content words of three or more letters
/// ("cam locks", "guard rail"), a final "s" ignored so "cam lock" matches too. Function words, everyday
/// verbs and time words, and the words of orders and money ("full", "refund", "order") are not content words.</item>
/// </list>
/// </summary>
public static partial class HiddenFactLeaks
{
    private static readonly HashSet<string> StepWords = new(StringComparer.Ordinal)
    {
        "step", "page", "stage", "part", "section", "panel", "room", "floor", "line", "item", "box", "bag", "screw", "bolt",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    };

    // Function words and everyday verbs: a pair containing one of these is ordinary speech, not a name.
    private static readonly HashSet<string> Ordinary = new(StringComparer.Ordinal)
    {
        "the", "and", "but", "for", "not", "you", "your", "yours", "she", "her", "him", "his", "they", "them", "their",
        "our", "ours", "its", "this", "that", "these", "those", "with", "without", "from", "into", "onto", "about",
        "after", "before", "when", "then", "than", "what", "which", "who", "whom", "why", "how", "where", "there",
        "here", "was", "were", "are", "been", "being", "has", "had", "have", "having", "does", "did", "done", "doing",
        "will", "would", "can", "could", "should", "shall", "may", "might", "must", "also", "only", "just", "still",
        "very", "all", "any", "some", "each", "every", "both", "either", "neither", "none", "more", "most", "less",
        "much", "many", "own", "same", "such", "too", "yet", "because", "while", "until", "since", "over", "under",
        "again", "once", "out", "off", "onto", "upon", "per", "via", "got", "get", "gets", "said", "says", "told",
        "tell", "know", "knew", "known", "think", "thought", "asks", "ask", "asked", "make", "made", "take", "took",
        "give", "gave", "given", "come", "came", "went", "going", "see", "saw", "seen", "want", "wanted", "need",
        "needs", "needed", "let", "put", "use", "used", "try", "tried", "keep", "kept", "find", "found", "call",
        "called", "calls", "agent", "customer", "now", "later", "today", "yesterday", "tomorrow", "ago", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "time", "times", "last", "next", "new", "old",

        // Words nearly every brief uses about orders and money: "full refund" or "free delivery" names nothing.
        "full", "free", "refund", "order", "orders", "delivery", "payment", "account", "price", "money", "email", "phone",
    };

    /// <summary>The distinctive terms of a hidden fact, lowercased, each as the words it is made of.</summary>
    public static IReadOnlyList<string> DistinctiveTerms(string fact)
    {
        var words = Words(fact);
        var terms = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length >= 2 && word.Any(char.IsAsciiDigit))
            {
                terms.Add(word);
            }

            if (i + 1 < words.Count && StepWords.Contains(Singular(word)) && (words[i + 1].All(char.IsAsciiDigit) || NumberWords.Contains(words[i + 1])))
            {
                terms.Add($"{word} {words[i + 1]}");
            }

            if (i + 1 < words.Count && IsContentWord(word) && IsContentWord(words[i + 1]))
            {
                terms.Add($"{word} {words[i + 1]}");
            }
        }

        return terms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The first distinctive term of <paramref name="fact"/> that <paramref name="visible"/> contains, or null.</summary>
    public static string? FindLeak(string fact, string visible)
    {
        var seen = Words(visible);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < seen.Count; i++)
        {
            pairs.Add(Key(seen[i], seen[i + 1]));
        }

        var singles = new HashSet<string>(seen, StringComparer.Ordinal);
        var digitRuns = new HashSet<string>(seen.SelectMany(DigitRuns), StringComparer.Ordinal);
        foreach (var term in DistinctiveTerms(fact))
        {
            var parts = term.Split(' ');
            var found = parts.Length == 2
                ? pairs.Contains(Key(parts[0], parts[1]))
                : singles.Contains(term) || DigitRuns(term).Any(digitRuns.Contains);
            if (found)
            {
                return term;
            }
        }

        return null;
    }

    private static string Key(string first, string second) => $"{Singular(first)} {Singular(second)}";

    private static bool IsContentWord(string word) => word.Length >= 3 && word.All(char.IsLetter) && !Ordinary.Contains(word) && !NumberWords.Contains(word);

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    private static IEnumerable<string> DigitRuns(string word) => DigitRun().Matches(word).Select(m => m.Value);

    private static List<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-/.:'’][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\d{3,}")]
    private static partial Regex DigitRun();
}
