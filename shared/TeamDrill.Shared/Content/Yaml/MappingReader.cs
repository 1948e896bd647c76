using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamDrill.Shared.Content.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping against a list of known field names: reports unknown
/// (and probably misspelt) fields at once, then reports missing, mistyped, empty and out-of-range
/// values as each one is asked for. Every getter returns null or an empty list after reporting,
/// so a parser can keep going and find every problem in one pass.
/// </summary>
internal sealed partial class MappingReader
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly ProblemCollector _problems;
    private readonly string? _context;

    public MappingReader(YamlMappingNode node, ProblemCollector problems, IReadOnlyCollection<string> knownFields, string? context = null)
    {
        Node = node;
        _problems = problems;
        _context = context;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode scalarKey || string.IsNullOrWhiteSpace(scalarKey.Value))
            {
                problems.Report(key, "a field name must be plain text");
                continue;
            }

            var name = scalarKey.Value;
            if (!knownFields.Contains(name))
            {
                var closest = ClosestName.Find(name, knownFields);
                problems.Report(scalarKey, closest is null
                    ? $"unknown field '{name}'{Where}; known fields are: {string.Join(", ", knownFields)}"
                    : $"unknown field '{name}'{Where}; did you mean '{closest}'?");
                continue;
            }

            _fields[name] = (scalarKey, value);
        }
    }

    public YamlMappingNode Node { get; }

    public ProblemCollector Problems => _problems;

    private string Where => _context is null ? "" : $" in '{_context}'";

    public bool Has(string field) => _fields.ContainsKey(field);

    public Mark? KeyMark(string field) => _fields.TryGetValue(field, out var entry) ? entry.Key.Start : null;

    public YamlNode? ValueNode(string field) => _fields.TryGetValue(field, out var entry) ? entry.Value : null;

    public string? Text(string field, bool required = true)
    {
        if (!TryGet(field, required, out var key, out var value))
        {
            return null;
        }

        return ReadText(value, key, $"field '{field}'{Where}");
    }

    /// <summary>A scalar text value; an empty one is reported at the key (or the list item) that holds it.</summary>
    public string? ReadText(YamlNode value, YamlNode anchor, string what)
    {
        if (value is not YamlScalarNode scalar)
        {
            _problems.Report(value, $"{what} must be text, not a {Describe(value)}");
            return null;
        }

        var text = Normalize(scalar);
        if (text.Length == 0)
        {
            _problems.Report(anchor, $"{what} is empty; write some text");
            return null;
        }

        return text;
    }

    public int? Integer(string field, int min, int max, bool required = true)
    {
        if (!TryGet(field, required, out _, out var value))
        {
            return null;
        }

        return ReadInteger(value, $"field '{field}'{Where}", min, max);
    }

    public int? ReadInteger(YamlNode value, string what, int min, int max)
    {
        if (value is not YamlScalarNode scalar
            || !int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            _problems.Report(value, $"{what} must be a whole number from {min} to {max}, but is {Show(value)}");
            return null;
        }

        if (number < min || number > max)
        {
            _problems.Report(value, $"{what} must be from {min} to {max}, but is {number}");
            return null;
        }

        return number;
    }

    public bool? Boolean(string field, bool required = false)
    {
        if (!TryGet(field, required, out _, out var value))
        {
            return null;
        }

        if (value is YamlScalarNode { Value: "true" or "yes" })
        {
            return true;
        }

        if (value is YamlScalarNode { Value: "false" or "no" })
        {
            return false;
        }

        _problems.Report(value, $"field '{field}'{Where} must be true or false, but is {Show(value)}");
        return null;
    }

    /// <summary>A list of non-empty texts; a required list needs at least one item.</summary>
    public IReadOnlyList<string> TextList(string field, bool required = true)
    {
        var sequence = Sequence(field, required);
        if (sequence is null)
        {
            return [];
        }

        var texts = new List<string>();
        var index = 0;
        foreach (var item in sequence.Children)
        {
            index++;
            var text = ReadText(item, item, $"item {index} of '{field}'{Where}");
            if (text is not null)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    public YamlSequenceNode? Sequence(string field, bool required = true)
    {
        if (!TryGet(field, required, out var key, out var value))
        {
            return null;
        }

        if (value is not YamlSequenceNode sequence)
        {
            if (IsBlank(value))
            {
                _problems.Report(key, $"field '{field}'{Where} is empty; it needs a list of at least one item");
            }
            else
            {
                _problems.Report(value, $"field '{field}'{Where} must be a list (lines starting with '- '), not a {Describe(value)}");
            }

            return null;
        }

        if (required && sequence.Children.Count == 0)
        {
            _problems.Report(key, $"field '{field}'{Where} is empty; it needs a list of at least one item");
            return null;
        }

        return sequence;
    }

    /// <summary>The mappings of a list field; items that are not mappings are reported and skipped.</summary>
    public IReadOnlyList<YamlMappingNode> MappingList(string field, bool required = true)
    {
        var sequence = Sequence(field, required);
        if (sequence is null)
        {
            return [];
        }

        var items = new List<YamlMappingNode>();
        var index = 0;
        foreach (var item in sequence.Children)
        {
            index++;
            if (item is YamlMappingNode mapping)
            {
                items.Add(mapping);
            }
            else
            {
                _problems.Report(item, $"item {index} of '{field}'{Where} must be a group of 'field: value' lines, not a {Describe(item)}");
            }
        }

        return items;
    }

    public YamlMappingNode? Mapping(string field, bool required = true)
    {
        if (!TryGet(field, required, out var key, out var value))
        {
            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return mapping;
        }

        if (IsBlank(value))
        {
            _problems.Report(key, $"field '{field}'{Where} is empty; it needs its own indented fields");
        }
        else
        {
            _problems.Report(value, $"field '{field}'{Where} must be a group of indented 'field: value' lines, not a {Describe(value)}");
        }

        return null;
    }

    private bool TryGet(string field, bool required, out YamlNode key, out YamlNode value)
    {
        if (_fields.TryGetValue(field, out var entry))
        {
            key = entry.Key;
            value = entry.Value;
            return true;
        }

        if (required)
        {
            _problems.Report(Node, $"missing required field '{field}'{Where}");
        }

        key = Node;
        value = Node;
        return false;
    }

    private static bool IsBlank(YamlNode node) => node is YamlScalarNode scalar && Normalize(scalar).Length == 0;

    /// <summary>Trims and folds runs of whitespace (including line breaks) into single spaces.</summary>
    public static string Normalize(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style == ScalarStyle.Plain && value is "~" or "null" or "Null" or "NULL")
        {
            return "";
        }

        return Whitespace().Replace(value, " ").Trim();
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "group of fields",
        _ => "single value",
    };

    private static string Show(YamlNode node) => node is YamlScalarNode scalar ? $"'{scalar.Value}'" : $"a {Describe(node)}";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
