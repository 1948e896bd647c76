using System.Globalization;
using TeamDrill.Shared.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace TeamDrill.Shared.Content;

/// <summary>Reads rubric.yaml text into a <see cref="Rubric"/>, reporting every problem.</summary>
internal static class RubricParser
{
    private static readonly string[] RootFields = ["criteria"];
    private static readonly string[] CriterionFields = ["id", "name", "definition", "anchors", "allows_not_applicable"];
    private static readonly string[] AnchorKeys = ["1", "2", "3", "4", "5"];

    /// <summary>The rubric, or null when the file has any problem.</summary>
    public static Rubric? Parse(string file, string text, List<ContentProblem> sink)
    {
        var problems = new ProblemCollector(file, sink);
        var root = YamlDocumentReader.ReadRoot(text, problems, "a rubric (a 'criteria' list)");
        if (root is null)
        {
            return null;
        }

        var reader = new MappingReader(root, problems, RootFields);
        var criteria = new List<RubricCriterion>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var node in reader.MappingList("criteria"))
        {
            var criterion = ParseCriterion(node, problems, seen);
            if (criterion is not null)
            {
                criteria.Add(criterion);
            }
        }

        if (reader.ValueNode("criteria") is YamlSequenceNode)
        {
            foreach (var id in RubricCriterionIds.All.Where(id => !seen.ContainsKey(id)))
            {
                problems.Report(reader.KeyMark("criteria")!.Value, $"the rubric does not define criterion '{id}', which the game scores");
            }
        }

        return problems.Count == 0 ? new Rubric(criteria) : null;
    }

    private static RubricCriterion? ParseCriterion(YamlMappingNode node, ProblemCollector problems, Dictionary<string, YamlNode> seen)
    {
        var reader = new MappingReader(node, problems, CriterionFields, "criteria");
        var before = problems.Count;
        var id = reader.Text("id");
        if (id is not null)
        {
            var idNode = reader.ValueNode("id")!;
            if (seen.TryGetValue(id, out var first))
            {
                problems.Report(idNode, $"duplicate criterion id '{id}': already defined at line {first.Start.Line}");
            }
            else
            {
                seen[id] = idNode;
                if (!RubricCriterionIds.All.Contains(id))
                {
                    problems.Report(idNode, $"criterion '{id}' is not one the game scores{ClosestName.Suggestion(id, RubricCriterionIds.All)}");
                }
            }
        }

        var name = reader.Text("name");
        var definition = reader.Text("definition");
        var allowsNotApplicable = reader.Boolean("allows_not_applicable") ?? false;
        var anchors = ParseAnchors(reader, problems, id);
        if (problems.Count > before || id is null || name is null || definition is null || anchors is null)
        {
            return null;
        }

        return new RubricCriterion(id, name, definition, anchors, allowsNotApplicable);
    }

    private static string[]? ParseAnchors(MappingReader criterion, ProblemCollector problems, string? id)
    {
        var node = criterion.Mapping("anchors");
        if (node is null)
        {
            return null;
        }

        var reader = new MappingReader(node, problems, AnchorKeys, "anchors");
        var owner = id is null ? "this criterion" : $"criterion '{id}'";
        var anchors = new string[5];
        var complete = true;
        for (var score = 1; score <= 5; score++)
        {
            var key = score.ToString(CultureInfo.InvariantCulture);
            if (!reader.Has(key))
            {
                problems.Report(node, $"missing anchor for score {score} in {owner}");
                complete = false;
                continue;
            }

            var text = reader.Text(key);
            if (text is null)
            {
                complete = false;
                continue;
            }

            anchors[score - 1] = text;
        }

        return complete ? anchors : null;
    }
}
