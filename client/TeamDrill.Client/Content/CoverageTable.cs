using TeamDrill.Shared.Content;

namespace TeamDrill.Client.Content;

/// <summary>Renders a <see cref="CoverageReport"/> as plain-text tables with a bar per row and the gaps marked.</summary>
public static class CoverageTable
{
    private const int BarWidth = 20;

    public static void Write(CoverageReport report, TextWriter output)
    {
        output.WriteLine($"Deck: {report.TotalCards} cards; personas aged {report.YoungestPersona} to {report.OldestPersona}.");
        output.WriteLine();
        WriteTable("Cards per difficulty", "difficulty", report.ByDifficulty, output);
        WriteTable("Cards per rubric criterion (cards with a trigger, soother, hidden fact or boundary line that tests it; mechanics in brackets)", "criterion",
            report.ByCriterion.Select(r => r with { Label = $"{r.Key} ({r.Mechanics ?? 0})" }), output);
        WriteTable("Cards per situation family", "family", report.ByFamily.Select(r => r with { Label = r.Key }), output);

        var gaps = report.Gaps.ToList();
        if (gaps.Count == 0)
        {
            output.WriteLine("Every target is met.");
            return;
        }

        output.WriteLine($"{gaps.Count} gap{(gaps.Count == 1 ? "" : "s")}:");
        foreach (var gap in gaps)
        {
            output.WriteLine($"  {gap.Key}: {gap.Cards} card{(gap.Cards == 1 ? "" : "s")}, needs {gap.Missing} more (target {gap.Target})");
        }
    }

    private static void WriteTable(string title, string heading, IEnumerable<CoverageRow> rows, TextWriter output)
    {
        var list = rows.ToList();
        var width = Math.Max(heading.Length, list.Count == 0 ? 0 : list.Max(r => r.Label.Length));
        var max = Math.Max(1, list.Count == 0 ? 1 : list.Max(r => Math.Max(r.Cards, r.Target)));
        output.WriteLine(title);
        output.WriteLine($"  {heading.PadRight(width)}  cards  target  status");
        output.WriteLine($"  {new string('-', width)}  -----  ------  ------");
        foreach (var row in list)
        {
            var status = row.MeetsTarget ? "ok" : $"GAP -{row.Missing}";
            var bar = new string('#', (int)Math.Round((double)row.Cards / max * BarWidth));
            output.WriteLine($"  {row.Label.PadRight(width)}  {row.Cards,5}  {row.Target,6}  {status,-6}  {bar}");
        }

        output.WriteLine();
    }
}
