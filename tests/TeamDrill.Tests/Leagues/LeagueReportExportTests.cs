using TeamDrill.Shared.Leagues;
using static TeamDrill.Tests.Leagues.LeagueTable;

namespace TeamDrill.Tests.Leagues;

/// <summary>A league's reports as files: the words typed for report and format, and what each file holds.</summary>
public sealed class LeagueReportExportTests
{
    [Theory]
    [InlineData("standings", LeagueReport.Standings)]
    [InlineData(" Judges ", LeagueReport.Judges)]
    [InlineData("FIDELITY", LeagueReport.Fidelity)]
    [InlineData("profiles", LeagueReport.Profiles)]
    [InlineData("calibration", LeagueReport.Calibration)]
    [InlineData("cards", LeagueReport.Cards)]
    public void every_report_is_typed_as_its_name_in_any_case(string word, LeagueReport report)
    {
        Assert.Equal(report, LeagueReportExport.ParseReport(word));
    }

    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("md", ExportFormat.Markdown)]
    [InlineData(" Markdown ", ExportFormat.Markdown)]
    [InlineData("JSON", ExportFormat.Json)]
    public void formats_are_csv_md_or_markdown_and_json(string word, ExportFormat format)
    {
        Assert.Equal(format, LeagueReportExport.ParseFormat(word));
    }

    [Fact]
    public void a_number_is_not_a_report_or_a_format()
    {
        Assert.Throws<Shared.Drills.DrillRuleException>(() => LeagueReportExport.ParseReport("0"));
        Assert.Throws<Shared.Drills.DrillRuleException>(() => LeagueReportExport.ParseFormat("1"));
    }

    [Fact]
    public void standings_export_as_csv_markdown_and_json_with_the_same_rows()
    {
        var league = InSeason();
        var drill = Assert.Single(PlayRound(league, score: 5, fidelity: 5).Drills);
        var points = LeagueTables.Points(drill.Result!.AgentScore!.Value);
        var name = league.NameOf(drill.AgentId);

        var csv = league.Export(Fay, "standings", "csv", Deck);
        var markdown = league.Export(Fay, "standings", "markdown", Deck);
        var json = league.Export(Id("Ana"), "standings", "json", Deck);

        var lines = csv.Split("\r\n");
        Assert.Equal("Position,Member,Name,Points,Drills,Best drill,Average,Rating", lines[0]);
        Assert.StartsWith($"1,{drill.AgentId},{name},{points},1,{points},{points}.00,", lines[1]);
        Assert.Equal((3, ""), (lines.Length, lines[2]));
        var rows = markdown.Split('\n');
        Assert.Equal("| Position | Member | Name | Points | Drills | Best drill | Average | Rating |", rows[0]);
        Assert.Equal("| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |", rows[1]);
        Assert.StartsWith($"| 1 | {drill.AgentId} | {name} | {points} |", rows[2]);
        Assert.Contains($"\"memberId\": \"{drill.AgentId}\"", json);
    }

    [Fact]
    public void the_calibration_report_lists_every_scorer_of_the_latest_closed_round_and_its_agreement()
    {
        var league = InSeason();
        var drill = Assert.Single(PlayRound(league, score: 4).Drills);

        var markdown = league.Export(Fay, "calibration", "md", Deck);
        var csv = league.Export(Fay, "calibration", "csv", Deck);
        var json = league.Export(Fay, "calibration", "json", Deck);

        Assert.StartsWith("| Round | Room | Room code | Scorer | Name | Distance | Bias | Leaning |", markdown);
        Assert.Contains("Panel agreement over round 1", markdown);
        Assert.Equal(drill.ScorerIds.Order(), csv.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[3]).Order());
        Assert.DoesNotContain("Panel agreement", csv);
        Assert.Contains("\"round\": 1", json);
        Assert.Contains($"\"room\": \"{drill.RoomCode}\"", json);
        Assert.Contains("\"ordinalAlpha\"", json);
    }

    [Fact]
    public void the_cards_report_names_each_rated_card_with_its_title_and_drills()
    {
        var league = InSeason();
        var drill = Assert.Single(PlayRound(league).Drills);
        var title = Deck.Single(c => c.CardId == drill.CardId).Title;

        var csv = league.Export(Fay, "cards", "csv", Deck);
        var json = league.Export(Fay, "cards", "json", Deck);

        Assert.StartsWith($"Card,Title,Rating,Drills\r\n{drill.CardId},{title},", csv);
        Assert.EndsWith(",1\r\n", csv);
        Assert.Contains($"\"card\": \"{drill.CardId}\"", json);
        Assert.Contains($"\"title\": \"{title}\"", json);
    }

    [Fact]
    public void judges_fidelity_and_profiles_export_their_own_tables()
    {
        var league = InSeason();
        var drill = Assert.Single(PlayRound(league, score: 4, fidelity: 4).Drills);

        Assert.StartsWith("Position,Scorer,Name,Mean distance,Drills,Best distance\r\n", league.Export(Fay, "judges", "csv", Deck));
        Assert.Equal(
            $"Position,Customer,Name,Mean fidelity,Drills,Best drill\r\n1,{drill.CustomerId},{league.NameOf(drill.CustomerId)},4.00,1,4.00\r\n",
            league.Export(Fay, "fidelity", "csv", Deck));
        var profiles = league.Export(Fay, "profiles", "csv", Deck);
        Assert.StartsWith("Member,Name,Criterion,Mean,Drills,Slope per drill,Trend\r\n", profiles);
        Assert.Contains($"{drill.AgentId},{league.NameOf(drill.AgentId)},listening,4.00,1,", profiles);
    }
}
