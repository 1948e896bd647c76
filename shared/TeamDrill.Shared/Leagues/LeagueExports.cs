using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamDrill.Shared.Leagues;

/// <summary>
/// Standings, judges' table, fidelity table and skill profiles as tables (for CSV and Markdown through
/// <see cref="TableFormats"/>) and as JSON. Numbers use the invariant culture: a dot for decimals, always.
/// </summary>
public static class LeagueExports
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },

        // An export file, never embedded in HTML: names keep their letters ("José", not "Jos\u00E9").
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ExportTable StandingsTable(IReadOnlyList<StandingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ExportTable(
            ["Position", "Member", "Name", "Points", "Drills", "Best drill", "Average", "Rating"],
            [true, false, false, true, true, true, true, false],
            rows.Select(r => Cells(r.Position, r.MemberId, r.Name, r.Points, r.Drills, r.BestDrill, Two(r.AveragePoints), r.Rating ?? "")).ToList());
    }

    public static ExportTable JudgesTable(IReadOnlyList<JudgeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ExportTable(
            ["Position", "Scorer", "Name", "Mean distance", "Drills", "Best distance"],
            [true, false, false, true, true, true],
            rows.Select(r => Cells(r.Position, r.ScorerId, r.Name, Two(r.MeanDistance), r.Drills, Two(r.BestDistance))).ToList());
    }

    public static ExportTable FidelityTable(IReadOnlyList<FidelityRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ExportTable(
            ["Position", "Customer", "Name", "Mean fidelity", "Drills", "Best drill"],
            [true, false, false, true, true, true],
            rows.Select(r => Cells(r.Position, r.CustomerId, r.Name, Two(r.MeanFidelity), r.Drills, Two(r.BestDrill))).ToList());
    }

    /// <summary>One line per member and criterion.</summary>
    public static ExportTable ProfilesTable(IReadOnlyList<SkillProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        return new ExportTable(
            ["Member", "Name", "Criterion", "Mean", "Drills", "Slope per drill", "Trend"],
            [false, false, false, true, true, true, false],
            profiles.SelectMany(p => p.Criteria.Select(c => Cells(
                p.MemberId, p.Name, c.CriterionId, Two(c.Mean), c.Drills,
                c.Slope?.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) ?? "", c.Trend.ToString().ToLowerInvariant()))).ToList());
    }

    /// <summary>Any of the rows or profiles above as indented JSON with camelCase names and trends as words.</summary>
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static string Two(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Cells(params object[] values) =>
        values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList();
}
