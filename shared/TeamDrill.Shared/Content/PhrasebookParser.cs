using System.Text;
using System.Text.RegularExpressions;
using TeamDrill.Shared.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace TeamDrill.Shared.Content;

/// <summary>Reads phrasebook.yaml text into a <see cref="Phrasebook"/>, reporting every problem.</summary>
internal static class PhrasebookParser
{
    private static readonly string[] RootFields = ["phrases", "needs_context"];
    private static readonly string[] NeedsContextFields = ["quote", "why"];
    private static readonly string[] EntryFields = ["id", "kind", "pattern", "why", "instead"];

    public static IReadOnlyList<string> KindNames { get; } = ["avoid", "empathy", "ownership", "boundary", "escalation"];

    /// <summary>The phrasebook, or null when the file has any problem.</summary>
    public static Phrasebook? Parse(string file, string text, List<ContentProblem> sink)
    {
        var problems = new ProblemCollector(file, sink);
        var root = YamlDocumentReader.ReadRoot(text, problems, "a phrasebook (a 'phrases' list)");
        if (root is null)
        {
            return null;
        }

        var reader = new MappingReader(root, problems, RootFields);
        var entries = new List<PhraseEntry>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var node in reader.MappingList("phrases"))
        {
            var entry = ParseEntry(node, problems, seen);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        var needsContext = new List<PhraseNeedsContext>();
        foreach (var node in reader.MappingList("needs_context", required: false))
        {
            var item = new MappingReader(node, problems, NeedsContextFields, "needs_context");
            var quote = item.Text("quote");
            var why = item.Text("why");
            if (quote is not null && why is not null)
            {
                needsContext.Add(new PhraseNeedsContext(quote, why));
            }
        }

        return problems.Count == 0 ? new Phrasebook(entries, needsContext) : null;
    }

    private static PhraseEntry? ParseEntry(YamlMappingNode node, ProblemCollector problems, Dictionary<string, YamlNode> seen)
    {
        var before = problems.Count;
        var reader = new MappingReader(node, problems, EntryFields, "phrases");
        var id = reader.Text("id");
        if (id is not null)
        {
            var idNode = reader.ValueNode("id")!;
            if (seen.TryGetValue(id, out var first))
            {
                problems.Report(idNode, $"duplicate phrase id '{id}': already defined at line {first.Start.Line}");
            }
            else
            {
                seen[id] = idNode;
            }
        }

        PhraseKind? kind = null;
        var kindText = reader.Text("kind");
        if (kindText is not null)
        {
            var index = KindNames.ToList().IndexOf(kindText);
            if (index < 0)
            {
                problems.Report(reader.ValueNode("kind")!,
                    $"kind '{kindText}' is not one of {string.Join(", ", KindNames)}{ClosestName.Suggestion(kindText, KindNames)}");
            }
            else
            {
                kind = (PhraseKind)index;
            }
        }

        var pattern = reader.Text("pattern");
        if (pattern is not null)
        {
            CheckPattern(pattern, reader.ValueNode("pattern")!, problems);
        }

        var why = reader.Text("why");
        var instead = reader.Text("instead", required: kind == PhraseKind.Avoid);
        if (problems.Count > before || id is null || kind is null || pattern is null || why is null)
        {
            return null;
        }

        return new PhraseEntry(id, kind.Value, pattern, why, instead);
    }

    private static void CheckPattern(string pattern, YamlNode node, ProblemCollector problems)
    {
        try
        {
            // The raw pattern first, so the reported position is within what the facilitator wrote.
            _ = new Regex(pattern, RegexOptions.None, PhraseEntry.MatchTimeout);
            _ = PhraseEntry.Compile(pattern);
        }
        catch (RegexParseException ex)
        {
            problems.Report(node, $"invalid pattern '{pattern}': {Words(ex.Error.ToString())} at position {ex.Offset}");
            return;
        }

        if (PhraseEntry.Compile(pattern).IsMatch(""))
        {
            problems.Report(node, $"pattern '{pattern}' matches an empty message, so it would fire on everything");
        }
    }

    /// <summary>"InsufficientClosingParentheses" becomes "insufficient closing parentheses".</summary>
    private static string Words(string identifier)
    {
        var sb = new StringBuilder();
        foreach (var c in identifier)
        {
            if (char.IsUpper(c) && sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
