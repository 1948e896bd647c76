using System.Text.RegularExpressions;
using TeamDrill.Shared.Content.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamDrill.Shared.Content;

/// <summary>Reads one card file, reporting every problem with its position.</summary>
internal static partial class PromptCardParser
{
    public const int MinDifficulty = 1;
    public const int MaxDifficulty = 5;
    public const int MinAnger = 0;
    public const int MaxAnger = 10;
    public const int MinShift = 1;
    public const int MaxShift = 5;

    private static readonly string[] CardFields =
    [
        "id", "title", "family", "difficulty", "criteria", "persona", "situation", "opening_line",
        "hidden_facts", "starting_anger", "triggers", "soothers", "accepts", "rejects",
        "demands_supervisor", "crosses_line", "agent_brief", "coach_hints",
    ];

    private static readonly string[] PersonaFields = ["name", "address_as", "age", "background", "temperament"];
    private static readonly string[] HiddenFactFields = ["fact", "reveal_if", "tests"];
    private static readonly string[] TriggerFields = ["when", "raise", "tests"];
    private static readonly string[] SootherFields = ["when", "lower", "tests"];
    private static readonly string[] CrossingFields = ["when", "does", "after_boundary", "tests"];
    private static readonly string[] BriefFields = ["account_summary", "facts", "history"];

    public static ParsedCard Parse(string file, string text, IReadOnlyCollection<string> rubricCriteria, List<ContentProblem> sink)
    {
        var problems = new ProblemCollector(file, sink);
        var root = YamlDocumentReader.ReadRoot(text, problems, "one prompt card");
        if (root is null)
        {
            return new ParsedCard(null, null, Mark.Empty, file);
        }

        var r = new MappingReader(root, problems, CardFields);
        var id = r.Text("id");
        var idMark = r.ValueNode("id")?.Start ?? root.Start;
        if (id is not null && !IdShape().IsMatch(id))
        {
            problems.Report(idMark, $"card id '{id}' must use only lowercase letters, digits and single hyphens (like 'late-sofa-delivery')");
        }

        var title = r.Text("title");
        var family = ReadFamily(r);
        var difficulty = r.Integer("difficulty", MinDifficulty, MaxDifficulty);
        var criteria = ReadCriteria(r, rubricCriteria);

        // A mechanic's 'tests' are checked against the card's list only when that list is whole, so one typo is reported once.
        var listed = r.ValueNode("criteria") is YamlSequenceNode list && list.Children.Count == criteria.Count ? criteria : null;
        var persona = ReadPersona(r);
        var situation = r.Text("situation");
        var opening = r.Text("opening_line");
        var hidden = r.MappingList("hidden_facts").Select(n => ReadHiddenFact(n, problems, listed)).OfType<HiddenFact>().ToList();
        var anger = r.Integer("starting_anger", MinAnger, MaxAnger);
        var triggers = ReadShifts(r, "triggers", TriggerFields, "raise", listed);
        var soothers = ReadShifts(r, "soothers", SootherFields, "lower", listed);
        var accepts = r.TextList("accepts");
        var rejects = r.TextList("rejects");
        var supervisor = r.Text("demands_supervisor");
        var crossing = ReadCrossing(r, listed);
        var brief = ReadBrief(r);
        var hints = r.TextList("coach_hints", required: false);

        // Boundaries needs a moment that calls for a limit: abuse (crosses_line) or an unreasonable demand (a trigger or soother that tests it).
        if (criteria.Contains(RubricCriterionIds.Boundaries) && crossing is null && !r.Has("crosses_line")
            && !triggers.Concat(soothers).Any(s => s.Tests.Contains(RubricCriterionIds.Boundaries)))
        {
            problems.Report(r.ValueNode("criteria")!,
                "the card stresses 'boundaries' but has no 'crosses_line' section and no trigger or soother that tests it; say when the customer crosses the line, or which unreasonable demand the agent must hold a limit on");
        }

        BriefChecks.ReportLeaks(r, hidden);
        if (problems.Count > 0)
        {
            return new ParsedCard(null, id, idMark, file);
        }

        BriefChecks.WarnUntested(r, criteria, CardMechanics.Tested(triggers, soothers, hidden, crossing));

        var card = new PromptCard
        {
            Id = id!,
            Title = title!,
            Family = family!,
            Difficulty = difficulty!.Value,
            Criteria = criteria,
            Persona = persona!,
            Situation = situation!,
            OpeningLine = opening!,
            HiddenFacts = hidden,
            StartingAnger = anger!.Value,
            Triggers = triggers,
            Soothers = soothers,
            Accepts = accepts,
            Rejects = rejects,
            DemandsSupervisor = supervisor!,
            CrossesLine = crossing,
            AgentBrief = brief!,
            CoachHints = hints,
            SourceFile = file,
        };
        return new ParsedCard(card, id, idMark, file);
    }

    private static string? ReadFamily(MappingReader r)
    {
        var family = r.Text("family");
        if (family is not null && SituationFamilies.Find(family) is null)
        {
            r.Problems.Report(r.ValueNode("family")!,
                $"family '{family}' is not a known situation family{ClosestName.Suggestion(family, SituationFamilies.Ids)}"
                + (ClosestName.Find(family, SituationFamilies.Ids) is null ? $"; known families are: {string.Join(", ", SituationFamilies.Ids)}" : ""));
            return null;
        }

        return family;
    }

    private static List<string> ReadCriteria(MappingReader r, IReadOnlyCollection<string> rubricCriteria)
    {
        var criteria = new List<string>();
        var sequence = r.Sequence("criteria");
        if (sequence is null)
        {
            return criteria;
        }

        var index = 0;
        foreach (var item in sequence.Children)
        {
            index++;
            var id = r.ReadText(item, item, $"item {index} of 'criteria'");
            if (id is null)
            {
                continue;
            }

            if (!rubricCriteria.Contains(id))
            {
                r.Problems.Report(item, $"criterion '{id}' is not defined in the rubric{ClosestName.Suggestion(id, rubricCriteria)}");
            }
            else if (criteria.Contains(id))
            {
                r.Problems.Report(item, $"criterion '{id}' is listed twice");
            }
            else
            {
                criteria.Add(id);
            }
        }

        return criteria;
    }

    private static Persona? ReadPersona(MappingReader card)
    {
        var node = card.Mapping("persona");
        if (node is null)
        {
            return null;
        }

        var r = new MappingReader(node, card.Problems, PersonaFields, "persona");
        var name = r.Text("name");
        var addressAs = r.Text("address_as");
        var age = r.Integer("age", 12, 110);
        var background = r.Text("background");
        var temperament = r.Text("temperament");
        return name is null || addressAs is null || age is null || background is null || temperament is null
            ? null
            : new Persona(name, addressAs, age.Value, background, temperament);
    }

    private static HiddenFact? ReadHiddenFact(YamlMappingNode node, ProblemCollector problems, IReadOnlyList<string>? criteria)
    {
        var r = new MappingReader(node, problems, HiddenFactFields, "hidden_facts");
        var fact = r.Text("fact");
        var revealIf = r.Text("reveal_if");
        var tests = ReadTests(r, criteria);
        return fact is null || revealIf is null ? null : new HiddenFact(fact, revealIf) { Tests = tests };
    }

    /// <summary>The optional <c>tests</c> list of a mechanic: criteria the card lists (null when that list has a problem of its own), each at most once.</summary>
    private static List<string> ReadTests(MappingReader r, IReadOnlyList<string>? criteria)
    {
        var tests = new List<string>();
        var sequence = r.Sequence("tests", required: false);
        if (sequence is null)
        {
            return tests;
        }

        var index = 0;
        foreach (var item in sequence.Children)
        {
            index++;
            var id = r.ReadText(item, item, $"item {index} of 'tests'");
            if (id is null)
            {
                continue;
            }

            if (criteria is not null && !criteria.Contains(id))
            {
                r.Problems.Report(item, $"'tests' names '{id}', which is not in the card's 'criteria'; list it there too, or test a listed criterion");
            }
            else if (!tests.Contains(id))
            {
                tests.Add(id);
            }
        }

        return tests;
    }

    private static List<AngerShift> ReadShifts(MappingReader card, string field, string[] fields, string amountField, IReadOnlyList<string>? criteria)
    {
        var shifts = new List<AngerShift>();
        foreach (var node in card.MappingList(field))
        {
            var r = new MappingReader(node, card.Problems, fields, field);
            var when = r.Text("when");
            var amount = r.Integer(amountField, MinShift, MaxShift);
            var tests = ReadTests(r, criteria);
            if (when is not null && amount is not null)
            {
                shifts.Add(new AngerShift(when, amount.Value) { Tests = tests });
            }
        }

        return shifts;
    }

    private static LineCrossing? ReadCrossing(MappingReader card, IReadOnlyList<string>? criteria)
    {
        var node = card.Mapping("crosses_line", required: false);
        if (node is null)
        {
            return null;
        }

        var r = new MappingReader(node, card.Problems, CrossingFields, "crosses_line");
        var when = r.Text("when");
        var does = r.Text("does");
        var after = r.Text("after_boundary", required: false);
        var tests = ReadTests(r, criteria);
        return when is null || does is null ? null : new LineCrossing(when, does, after) { Tests = tests };
    }

    private static AgentBrief? ReadBrief(MappingReader card)
    {
        var node = card.Mapping("agent_brief");
        if (node is null)
        {
            return null;
        }

        var r = new MappingReader(node, card.Problems, BriefFields, "agent_brief");
        var summary = r.Text("account_summary");
        var facts = r.TextList("facts");
        var history = r.TextList("history", required: false);
        return summary is null ? null : new AgentBrief(summary, facts, history);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdShape();
}
