using System.Text.Json;
using TeamDrill.Shared.Leagues;

namespace TeamDrill.Tests.Leagues;

public sealed class LeagueExportsTests
{
    private static readonly IReadOnlyList<StandingRow> Standings = LeagueTables.Standings(
    [
        new("m1", "Smith, Jo", "d1", 0.9),
        new("m2", "Ann \"the Ace\" Lee", "d2", 0.8),
        new("m3", "Plain", "d3", 0.7),
    ]);

    [Fact]
    public void csv_quotes_names_with_commas_and_doubles_quotes_inside_them()
    {
        var csv = TableFormats.ToCsv(LeagueExports.StandingsTable(Standings));

        Assert.Equal(
            "Position,Member,Name,Points,Drills,Best drill,Average,Rating\r\n" +
            "1,m1,\"Smith, Jo\",90,1,90,90.00,\r\n" +
            "2,m2,\"Ann \"\"the Ace\"\" Lee\",80,1,80,80.00,\r\n" +
            "3,m3,Plain,70,1,70,70.00,\r\n",
            csv);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    public void a_csv_field_is_quoted_only_when_it_holds_a_comma_a_quote_or_a_line_break(string value, string field) =>
        Assert.Equal(field, TeamDrill.Shared.Text.CsvWriter.Field(value));

    [Fact]
    public void markdown_standings_are_a_table_with_numbers_right_aligned()
    {
        var markdown = TableFormats.ToMarkdown(LeagueExports.StandingsTable(Standings.Take(1).ToList()));

        Assert.Equal(
            "| Position | Member | Name | Points | Drills | Best drill | Average | Rating |\n" +
            "| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |\n" +
            "| 1 | m1 | Smith, Jo | 90 | 1 | 90 | 90.00 |  |\n",
            markdown);
    }

    [Fact]
    public void a_name_with_a_pipe_or_line_break_cannot_break_the_markdown_table()
    {
        Assert.Equal("a \\| b c", TableFormats.MarkdownCell("a | b\nc"));
        Assert.Equal("\\*bold\\* \\_x\\_", TableFormats.MarkdownCell("*bold* _x_"));
    }

    [Fact]
    public void json_standings_round_trip_with_names_kept_as_written()
    {
        var rows = LeagueTables.Standings([new("m1", "José \"Pepe\", Jr.", "d1", 0.75)]);

        var json = LeagueExports.ToJson(rows);
        var back = JsonSerializer.Deserialize<List<StandingRow>>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

        Assert.Contains("\"name\": \"José \\\"Pepe\\\", Jr.\"", json, StringComparison.Ordinal);
        Assert.Equal(rows, back);
    }

    [Fact]
    public void profiles_export_one_line_per_member_and_criterion_with_signed_slope_and_trend_word()
    {
        var profile = SkillProfile.Build("m1", "Ana", [new(1, "empathy", 2), new(2, "empathy", 3), new(3, "empathy", 4), new(1, "ownership", 4)]);

        var csv = TableFormats.ToCsv(LeagueExports.ProfilesTable([profile]));
        var json = LeagueExports.ToJson(profile);

        Assert.Equal(
            "Member,Name,Criterion,Mean,Drills,Slope per drill,Trend\r\n" +
            "m1,Ana,empathy,3.00,3,+1.000,rising\r\n" +
            "m1,Ana,ownership,4.00,1,,steady\r\n",
            csv);
        Assert.Contains("\"trend\": \"rising\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void judges_and_fidelity_tables_export_means_with_two_decimals()
    {
        var judges = TableFormats.ToCsv(LeagueExports.JudgesTable(LeagueTables.Judges([new("s1", "Sam", "d1", 0.333)])));
        var fidelity = TableFormats.ToCsv(LeagueExports.FidelityTable(LeagueTables.Fidelity([new("c1", "Cy", "d1", 4), new("c1", "Cy", "d1", 5)])));

        Assert.Equal("Position,Scorer,Name,Mean distance,Drills,Best distance\r\n1,s1,Sam,0.33,1,0.33\r\n", judges);
        Assert.Equal("Position,Customer,Name,Mean fidelity,Drills,Best drill\r\n1,c1,Cy,4.50,1,4.50\r\n", fidelity);
    }
}
