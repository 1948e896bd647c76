using System.Text.RegularExpressions;

namespace TeamDrill.Shared.Content;

/// <summary>
/// One phrasebook line. <see cref="Pattern"/> is the regular expression as written in the file;
/// <see cref="Regex"/> wraps it in word boundaries and ignores case, so "calm down" matches
/// "CALM DOWN" but not "calmdowner".
/// </summary>
public sealed class PhraseEntry
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    public PhraseEntry(string id, PhraseKind kind, string pattern, string why, string? instead)
    {
        Id = id;
        Kind = kind;
        Pattern = pattern;
        Why = why;
        Instead = instead;
        Regex = Compile(pattern);
    }

    public string Id { get; }

    public PhraseKind Kind { get; }

    public string Pattern { get; }

    public Regex Regex { get; }

    /// <summary>For a phrase to avoid, why it hurts; for a statement to reach for, why it helps.</summary>
    public string Why { get; }

    /// <summary>The better thing to say; always present for <see cref="PhraseKind.Avoid"/>.</summary>
    public string? Instead { get; }

    /// <summary>
    /// Lookarounds rather than \b, so a pattern that starts or ends with punctuation ("ma'am", "why?")
    /// still needs a non-word character (or the edge of the message) on each side.
    /// </summary>
    public static Regex Compile(string pattern) => new(
        $@"(?<!\w)(?:{pattern})(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        MatchTimeout);
}
