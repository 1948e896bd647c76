using System.Globalization;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.LineMode;

/// <summary>Answers to /cards, /history and /rubric.</summary>
public static class ListingFormatter
{
    public static IEnumerable<string> Cards(IReadOnlyList<PublicBrief> cards)
    {
        if (cards.Count == 0)
        {
            yield return "  no cards";
            yield break;
        }

        var idWidth = cards.Max(c => DisplayText.Clean(c.CardId).Length);
        foreach (var card in cards)
        {
            yield return $"  {DisplayText.Clean(card.CardId).PadRight(idWidth)}  difficulty {card.Difficulty}  {DisplayText.Clean(card.Title)}";
        }
    }

    public static IEnumerable<string> History(IReadOnlyList<HistoryEntry> entries)
    {
        if (entries.Count == 0)
        {
            yield return "  no finished drills yet";
            yield break;
        }

        var rows = entries.OrderBy(e => e.EndedAt).Select(e => new[]
        {
            e.RoomCode,
            DisplayText.Number(e.DrillNumber),
            DisplayText.Role(e.MyRole),
            DisplayText.Clean(e.AgentName),
            DisplayText.Outcome(e.Outcome),
            DisplayText.Decimal(e.OverallScore),
            e.EndedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            DisplayText.Clean(e.CardTitle),
        }).ToList();
        string[] header = ["room", "drill", "my role", "agent", "outcome", "score", "ended (UTC)", "card"];
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Append(header).Max(r => r[i].Length)).ToArray();
        yield return "  " + Row(header, widths);
        foreach (var row in rows)
        {
            yield return "  " + Row(row, widths);
        }

        yield return "  (/debrief CODE N shows one)";
    }

    public static IEnumerable<string> Rubric(IReadOnlyList<RubricCriterionView> rubric)
    {
        if (rubric.Count == 0)
        {
            yield return "  no rubric yet: it arrives when a drill starts";
            yield break;
        }

        for (var i = 0; i < rubric.Count; i++)
        {
            var c = rubric[i];
            var na = c.AllowsNotApplicable ? " (na allowed)" : "";
            yield return $"  {i + 1}. {DisplayText.Clean(c.Id)}: {DisplayText.Clean(c.Name)}{na}";
            if (c.Definition.Length > 0)
            {
                yield return $"     {DisplayText.Clean(c.Definition)}";
            }

            for (var a = 0; a < c.Anchors.Count; a++)
            {
                yield return $"       {a + 1}: {DisplayText.Clean(c.Anchors[a])}";
            }
        }

        yield return $"  score in this order: /score {string.Join(' ', rubric.Select(_ => "N"))}   (N = 1-5 or na)";
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
