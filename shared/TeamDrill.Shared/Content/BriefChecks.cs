using TeamDrill.Shared.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace TeamDrill.Shared.Content;

/// <summary>
/// Checks that need a whole card: nothing the agent sees gives a hidden fact away (an error), and
/// every criterion the card lists is tested by one of its mechanics (a warning).
/// </summary>
internal static class BriefChecks
{
    /// <summary>Reports each agent-visible text that contains a hidden fact's distinctive words (see <see cref="HiddenFactLeaks"/>).</summary>
    public static void ReportLeaks(MappingReader card, IReadOnlyList<HiddenFact> hidden)
    {
        foreach (var (where, node) in AgentVisible(card))
        {
            var text = MappingReader.Normalize(node);
            for (var i = 0; i < hidden.Count; i++)
            {
                if (HiddenFactLeaks.FindLeak(hidden[i].Fact, text) is { } term)
                {
                    card.Problems.Report(node,
                        $"{where} gives away hidden fact {i + 1} (\"{term}\"); the agent must ask for it, so leave it out of what the agent sees");
                    break;
                }
            }
        }
    }

    /// <summary>Warns at each listed criterion that no trigger, soother, hidden fact or crossing tests.</summary>
    public static void WarnUntested(MappingReader card, IReadOnlyList<string> criteria, IReadOnlySet<string> tested)
    {
        if (card.ValueNode("criteria") is not YamlSequenceNode list)
        {
            return;
        }

        foreach (var item in list.Children.OfType<YamlScalarNode>())
        {
            var id = MappingReader.Normalize(item);
            if (criteria.Contains(id) && !tested.Contains(id))
            {
                card.Problems.Warn(item,
                    $"criterion '{id}' is listed but no trigger, soother, hidden fact or crosses_line tests it; add 'tests: [{id}]' to the one that does, or take it off the list");
            }
        }
    }

    /// <summary>Every text the agent sees before or during the call, with a name for messages.</summary>
    private static IEnumerable<(string Where, YamlScalarNode Node)> AgentVisible(MappingReader card)
    {
        foreach (var field in new[] { "title", "opening_line" })
        {
            if (card.ValueNode(field) is YamlScalarNode scalar)
            {
                yield return ($"'{field}'", scalar);
            }
        }

        if (card.ValueNode("agent_brief") is YamlMappingNode brief)
        {
            foreach (var (key, value) in brief.Children)
            {
                var name = key is YamlScalarNode k ? k.Value : "?";
                foreach (var item in Scalars(value))
                {
                    yield return ($"agent_brief.{name}", item);
                }
            }
        }

        foreach (var item in Scalars(card.ValueNode("coach_hints")))
        {
            yield return ("coach_hints", item);
        }
    }

    private static IEnumerable<YamlScalarNode> Scalars(YamlNode? node) => node switch
    {
        YamlScalarNode scalar => [scalar],
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>(),
        _ => [],
    };
}
