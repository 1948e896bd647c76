using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamDrill.Shared.Content;

/// <summary>
/// Ties the cards to the coach: every phrase a card's trigger quotes ("the agent says "calm down"")
/// must draw a phrasebook warning, or be listed under the phrasebook's 'needs_context' with the
/// reason it cannot. Otherwise a player is punished by the customer for words the coach never flags.
/// An uncaught quote is an error at its place in the card file.
/// </summary>
public static partial class TriggerPhraseCheck
{
    /// <summary>
    /// Checks each folder's cards against the phrasebook they were written alongside: the folder's own,
    /// else the nearest earlier folder's, else the one in effect. A facilitator's phrasebook that
    /// overrides the shipped one is not held to the shipped cards' quotes.
    /// </summary>
    public static void Report(IEnumerable<ContentFolder> folders, Phrasebook? inEffect, List<ContentProblem> problems)
    {
        Phrasebook? nearest = null;
        foreach (var folder in folders)
        {
            if (folder.Phrasebook is { } file)
            {
                // A broken phrasebook is reported by the compiler; its cards are then not checked here.
                nearest = PhrasebookParser.Parse(file.Path, file.Text, []);
                if (nearest is null)
                {
                    return;
                }
            }

            var phrasebook = nearest ?? inEffect;
            if (phrasebook is null)
            {
                continue;
            }

            foreach (var card in folder.Cards)
            {
                problems.AddRange(Check(card, phrasebook));
            }
        }
    }

    public static IEnumerable<ContentProblem> Check(ContentFile card, Phrasebook phrasebook)
    {
        foreach (var when in TriggerWhens(card.Text))
        {
            foreach (Match quote in Quoted().Matches(when.Value!))
            {
                var phrase = quote.Groups["phrase"].Value.Trim();
                if (phrase.Length == 0 || IsCaught(phrase, WordBefore(when.Value!, quote.Index), phrasebook))
                {
                    continue;
                }

                var (line, column) = Locate(card.Text, when.Start, quote.Value);
                yield return new ContentProblem(card.Path, line, column,
                    $"trigger quotes \"{phrase}\", which the phrasebook does not warn about; add a pattern that catches it to "
                    + $"{ContentCompiler.PhrasebookFileName}, or list it under 'needs_context' with why the words alone are not wrong");
            }
        }
    }

    /// <summary>
    /// The quote alone, or with the word before it: a card speaks to the customer, so in
    /// `tells you that you "should have checked"` the "you" belongs to what the agent said.
    /// </summary>
    private static bool IsCaught(string phrase, string wordBefore, Phrasebook phrasebook) =>
        phrasebook.Warns(phrase)
        || (wordBefore.Length > 0 && phrasebook.Warns(wordBefore + " " + phrase))
        || phrasebook.NeedsContext.Any(n => string.Equals(n.Quote.Trim(), phrase, StringComparison.OrdinalIgnoreCase));

    private static string WordBefore(string text, int index)
    {
        var match = LastWord().Match(text[..index]);
        return match.Success ? match.Groups["word"].Value : "";
    }

    private static IEnumerable<YamlScalarNode> TriggerWhens(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException)
        {
            // The card parser reports broken YAML; there is nothing to check here.
            yield break;
        }

        if (stream.Documents.Count == 0
            || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("triggers"), out var triggers)
            || triggers is not YamlSequenceNode list)
        {
            yield break;
        }

        foreach (var trigger in list.Children.OfType<YamlMappingNode>())
        {
            if (trigger.Children.TryGetValue(new YamlScalarNode("when"), out var when) && when is YamlScalarNode { Value: not null } scalar)
            {
                yield return scalar;
            }
        }
    }

    /// <summary>The quote's own line and column when it sits on one line of the file, else where the trigger text starts.</summary>
    private static (int Line, int Column) Locate(string text, Mark start, string quoted)
    {
        var at = text.IndexOf(quoted, (int)Math.Min(start.Index, text.Length), StringComparison.Ordinal);
        if (at < 0)
        {
            return ((int)start.Line, (int)start.Column);
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var line = 1 + text.AsSpan(0, at).Count('\n');
        return (line, at - lineStart + 1);
    }

    [GeneratedRegex("\"(?<phrase>[^\"]+)\"|“(?<phrase>[^”]+)”", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<word>\w+)\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex LastWord();
}
