using System.Text;
using TeamDrill.Shared.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamDrill.Shared.Content.Yaml;

/// <summary>
/// Parses YAML text into the representation model (which keeps line and column of every node)
/// and hands back the top-level mapping, or reports why there is none.
/// </summary>
internal static class YamlDocumentReader
{
    public static YamlMappingNode? ReadRoot(string text, ProblemCollector problems, string whatTheFileHolds)
    {
        // A hidden character is reported where it stands, before YAML gets to reject or keep it.
        var raw = UnsafeCharacters.FindInContent(text).ToList();
        foreach (var (line, column, rune) in raw)
        {
            problems.Report(line, column, Unsafe(rune));
        }

        if (raw.Count > 0)
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            problems.Report(ex.Start, Describe(ex));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            problems.Report(1, 1, $"the file is empty; it should hold {whatTheFileHolds}");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            problems.Report(stream.Documents[1].RootNode, $"the file holds more than one YAML document; it should hold only {whatTheFileHolds}");
        }

        var root = stream.Documents[0].RootNode;
        ReportEscapedUnsafe(root, problems);
        if (root is not YamlMappingNode mapping)
        {
            problems.Report(root, $"the file should hold {whatTheFileHolds} as 'field: value' lines");
            return null;
        }

        return mapping;
    }

    /// <summary>One sentence naming the character, for a content problem.</summary>
    public static string Unsafe(Rune rune) =>
        $"{UnsafeCharacters.Describe(rune)} cannot be in a content file: it can disguise text or take over a player's terminal; delete it";

    /// <summary>Double-quoted YAML can spell a control character as an escape ("\e", "\x9b", "\u202E"); the value is checked too.</summary>
    private static void ReportEscapedUnsafe(YamlNode node, ProblemCollector problems)
    {
        foreach (var child in node.AllNodes)
        {
            if (child is not YamlScalarNode { Value: { } value })
            {
                continue;
            }

            foreach (var rune in value.EnumerateRunes())
            {
                if (UnsafeCharacters.IsUnsafeInContent(rune))
                {
                    problems.Report(child, Unsafe(rune));
                    break;
                }
            }
        }
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes its messages with "(Line: .., Col: .., Idx: ..) - (...): "; the position is reported separately.
        var message = ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[(cut + 3)..];
        }

        if (message.StartsWith("Duplicate key", StringComparison.OrdinalIgnoreCase))
        {
            return "this field appears twice in the same place; keep only one";
        }

        return $"the YAML cannot be read: {message.TrimEnd('.')}";
    }
}
