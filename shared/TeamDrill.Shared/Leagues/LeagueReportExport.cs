using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Leagues;

/// <summary>
/// A league report as a file: the words a facilitator types for the report and the format, each report's
/// table and JSON from the league's state (one line per report in <see cref="Builders"/>), and the rendering.
/// </summary>
public static class LeagueReportExport
{
    private static readonly Dictionary<string, ExportFormat> FormatWords = new(StringComparer.Ordinal)
    {
        ["csv"] = ExportFormat.Csv,
        ["md"] = ExportFormat.Markdown,
        ["markdown"] = ExportFormat.Markdown,
        ["json"] = ExportFormat.Json,
    };

    private static readonly Dictionary<LeagueReport, Func<LeagueState, IReadOnlyDictionary<string, string>, ReportContent>> Builders = new()
    {
        [LeagueReport.Standings] = (state, _) => Rows(LeagueExports.StandingsTable, LeagueReports.Standings(state)),
        [LeagueReport.Judges] = (state, _) => Rows(LeagueExports.JudgesTable, LeagueReports.Judges(state)),
        [LeagueReport.Fidelity] = (state, _) => Rows(LeagueExports.FidelityTable, LeagueReports.Fidelity(state)),
        [LeagueReport.Profiles] = (state, _) => Rows(LeagueExports.ProfilesTable, LeagueReports.Profiles(state)),
        [LeagueReport.Calibration] = (state, _) => Calibration(state),
        [LeagueReport.Cards] = (state, titles) => Cards(LeagueReports.CardsTable(state, titles)),
    };

    /// <summary>Every report in the order they are offered.</summary>
    public static IReadOnlyList<LeagueReport> Reports { get; } = Enum.GetValues<LeagueReport>();

    /// <summary>The word a facilitator types for a report, and the name of its table in the standings.</summary>
    public static string Word(LeagueReport report) => report.ToString().ToLowerInvariant();

    /// <summary>The report a word names (any case, spaces around ignored).</summary>
    public static LeagueReport ParseReport(string? word)
    {
        var clean = (word ?? "").Trim().ToLowerInvariant();
        foreach (var report in Reports)
        {
            if (Word(report) == clean)
            {
                return report;
            }
        }

        throw new DrillRuleException($"Export what? '{TextSanitizer.Clean(clean)}' is not one of: {string.Join(", ", Reports.Select(Word))}.");
    }

    /// <summary>The format a word names: csv, md or markdown, json (any case, spaces around ignored).</summary>
    public static ExportFormat ParseFormat(string? word)
    {
        var clean = (word ?? "").Trim().ToLowerInvariant();
        return FormatWords.TryGetValue(clean, out var format)
            ? format
            : throw new DrillRuleException($"Export as csv, md or json; '{TextSanitizer.Clean(clean)}' is not a format.");
    }

    /// <summary>The report's table and JSON from the state; <paramref name="titles"/> are the deck's card titles by id.</summary>
    public static ReportContent Build(LeagueReport report, LeagueState state, IReadOnlyDictionary<string, string> titles) =>
        Builders.TryGetValue(report, out var build)
            ? build(state, titles)
            : throw new DrillRuleException($"Export what? '{report}' is not one of: {string.Join(", ", Reports.Select(Word))}.");

    public static string Render(ReportContent content, ExportFormat format) => format switch
    {
        ExportFormat.Csv => TableFormats.ToCsv(content.Table),
        ExportFormat.Markdown => TableFormats.ToMarkdown(content.Table)
            + (content.Footnote is null ? "" : $"\n{TableFormats.MarkdownCell(content.Footnote)}\n"),
        _ => LeagueExports.ToJson(content.Json),
    };

    private static ReportContent Rows<T>(Func<IReadOnlyList<T>, ExportTable> table, IReadOnlyList<T> rows) => new(table(rows), rows);

    private static ReportContent Cards(ExportTable cards) =>
        new(cards, cards.Rows.Select(r => new { card = r[0], title = r[1], rating = r[2], drills = r[3] }).ToList());

    private static ReportContent Calibration(LeagueState state)
    {
        var round = LeagueReports.ClosedRounds(state).LastOrDefault()
            ?? throw new DrillRuleException("No round has been closed yet this season: the calibration report comes with a closed round.");
        var table = LeagueReports.CalibrationTable(state, round);
        var json = new
        {
            round = round.Number,
            agreement = new { ordinalAlpha = round.AgreementAlpha, reason = round.AgreementReason },
            scorers = table.Rows.Select(r => new { room = r[2], scorerId = r[3], name = r[4], distance = r[5], bias = r[6], leaning = r[7] }).ToList(),
        };
        return new ReportContent(table, json, LeagueReports.AgreementLine(round));
    }
}
