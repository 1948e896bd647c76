using System.Text.RegularExpressions;

namespace TeamDrill.Shared.Content;

/// <summary>
/// What surrounds a phrase in an agent's message: words inside quotation marks or reported as
/// someone else's ("you were told to calm down") are not the agent's own, and words the agent
/// disowns in the same clause ("I won't tell you to calm down") are not said to the customer.
/// </summary>
internal static partial class PhraseContext
{
    /// <summary>True when the span lies inside a quotation or follows a reporting verb that names someone else.</summary>
    public static bool IsQuoted(string message, int index, int length)
    {
        foreach (var quote in QuotedText().EnumerateMatches(message))
        {
            if (index >= quote.Index && index + length <= quote.Index + quote.Length)
            {
                return true;
            }
        }

        return ReportedSpeech().IsMatch(ClauseBefore(message, index));
    }

    /// <summary>True when the agent negates the phrase in the same clause: "I'd never say that's our policy".</summary>
    public static bool IsNegated(string message, int index) => AgentNegation().IsMatch(ClauseBefore(message, index));

    /// <summary>The text from the last clause break (full stop, comma, dash and so on) up to the phrase.</summary>
    private static string ClauseBefore(string message, int index)
    {
        var start = message.LastIndexOfAny(ClauseBreaks, Math.Max(index - 1, 0)) + 1;
        return index > start ? message[start..index] : "";
    }

    private static readonly char[] ClauseBreaks = ['.', ',', ';', ':', '!', '?', '—', '–', '(', ')', '\n'];

    // Straight and curly double quotes; single quotes only when they open before a word and close after one,
    // so the apostrophes in "don't" and "customers'" are never taken for quotation marks.
    [GeneratedRegex("\"[^\"]*\"|“[^”]*”|‘[^’]*’|(?<!\\w)'(?=\\w).*?(?<=[\\w.!?,])'(?!\\w)", RegexOptions.CultureInvariant, 200)]
    private static partial Regex QuotedText();

    // Passive or third-person reporting ("you were told to", "they told you it was") within three words of the phrase.
    [GeneratedRegex(@"(\b(were|was|been|got|get)\s+told|\b(they|he|she|someone|somebody|the\s+\w+)\s+(told\s+you|said))(\s+(to|that))?(\s+[\w']+){0,3}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex ReportedSpeech();

    // Up to five words may sit between the negation and the phrase. Only the agent's own refusal to say it counts; "why don't you calm down" and "if you don't calm down" still warn.
    [GeneratedRegex(@"(\b(I|we)('m|'d|'ll|\s+am|\s+are|\s+would|\s+will|\s+do|\s+did|\s+shall)?\s+(not|never)\b|\b(I|we)\s+(won't|wouldn't|don't|didn't|shan't)\b|\b(nobody|no\s+one)\b)([^\w']+[\w']+){0,5}[^\w']*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex AgentNegation();
}
