using System.Text.RegularExpressions;
using TeamDrill.Client.Leagues;
using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;
using TeamDrill.Tests.Archives;
using static TeamDrill.Tests.Leagues.LeagueTable;

namespace TeamDrill.Tests.Leagues;

/// <summary>
/// Every CSV the product writes goes through one writer, so a name a member chose cannot run as a formula
/// in whoever opens the export: each export is checked with names and titles that start "=HYPERLINK(".
/// </summary>
public sealed partial class CsvFormulaGuardTests
{
    private static readonly string[] Names = ["=HYPERLINK(\"x.io\",\"Ana\")", "=HYPERLINK(\"x.io\",\"Ben\")", "=HYPERLINK(\"x.io\",\"Cy\")", "=HYPERLINK(\"x.io\",\"Dee\")"];

    private static readonly IReadOnlyList<PublicBrief> HostileDeck = Deck
        .Select(b => new PublicBrief { CardId = b.CardId, Title = "=HYPERLINK(\"x.io\",\"" + b.Title + "\")", Difficulty = b.Difficulty, Criteria = b.Criteria })
        .ToList();

    [Theory]
    [InlineData("standings")]
    [InlineData("judges")]
    [InlineData("fidelity")]
    [InlineData("profiles")]
    [InlineData("calibration")]
    [InlineData("cards")]
    public void a_league_export_shows_a_formula_name_as_text(string report)
    {
        var league = InSeason(4, Names);
        var round = StartRound(league, HostileDeck);
        ScoreRound(league, 4, 3);
        league.CloseRound(Fay, T0.AddDays(2));
        Assert.NotEmpty(round.Drills);

        var csv = league.Export(Fay, report, "csv", HostileDeck);

        AssertNoFormula(csv);
        Assert.Contains("'=HYPERLINK(", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void a_drill_archive_export_shows_a_formula_name_and_message_as_text()
    {
        var archive = SampleArchive.Create();
        var messages = archive.Transcript
            .Select(m => new TranscriptMessage { Number = m.Number, SenderId = m.SenderId, SenderName = Names[0], Role = m.Role, Text = "=HYPERLINK(\"x.io\")", At = m.At })
            .ToList();

        var csv = DrillArchiveCsv.Render(new DrillArchive { StartedAt = archive.StartedAt, Transcript = messages, AngerCurve = archive.AngerCurve });

        AssertNoFormula(csv);
        Assert.Contains("\"'=HYPERLINK(\"\"x.io\"\",\"\"Ana\"\")\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void the_clients_csv_tables_show_a_formula_name_as_text()
    {
        var csv = LeagueTableText.Render(LeagueTableText.Of("league", ["Code", "Name"], [["K7QX2M", Names[1]]]), "csv");

        AssertNoFormula(csv);
        Assert.Equal("Code,Name\r\nK7QX2M,\"'=HYPERLINK(\"\"x.io\"\",\"\"Ben\"\")\"\r\n", csv);
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("+0.125", "+0.125")]
    [InlineData("42", "42")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void a_field_that_a_spreadsheet_would_run_gets_a_quote_mark_and_a_number_does_not(string value, string field) =>
        Assert.Equal(field, CsvWriter.Field(value));

    private static void AssertNoFormula(string csv)
    {
        var found = FieldStartingWithFormula().Matches(csv).Select(m => m.Value).ToList();
        Assert.True(found.Count == 0, $"fields that start a formula: {string.Join(" | ", found)}\n{csv}");
    }

    // A field starts at the start of the text, after a comma or after a line end, optionally inside quotes.
    [GeneratedRegex("(?:^|,|\r\n)\"?[=@]", RegexOptions.CultureInvariant)]
    private static partial Regex FieldStartingWithFormula();
}
