using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Leagues;

/// <summary>Prints a table as aligned columns (table), RFC 4180 (csv) or JSON rows keyed by header (json).</summary>
public static class LeagueTableText
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(LeagueTableView table, string format) => format switch
    {
        "csv" => TableFormats.ToCsv(new ExportTable(table.Headers, table.Numeric, table.Rows)),
        "json" => JsonSerializer.Serialize(
            table.Rows.Select(r => table.Headers.Select((h, i) => (h, v: i < r.Count ? r[i] : "")).ToDictionary(x => Key(x.h), x => x.v)).ToList(),
            Json) + "\n",
        _ => Aligned(table),
    };

    public static LeagueTableView Of(string name, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, params int[] numericColumns) => new()
    {
        Name = name,
        Headers = headers,
        Numeric = headers.Select((_, i) => numericColumns.Contains(i)).ToList(),
        Rows = rows.ToList(),
    };

    private static string Aligned(LeagueTableView table)
    {
        var cells = table.Rows.Select(r => r.Select(DisplayText.Clean).ToList()).Prepend(table.Headers.ToList()).ToList();
        var widths = table.Headers.Select((_, i) => cells.Max(r => i < r.Count ? r[i].Length : 0)).ToList();
        var text = new StringBuilder();
        foreach (var row in cells)
        {
            var line = string.Join("  ", widths.Select((w, i) =>
            {
                var cell = i < row.Count ? row[i] : "";
                return table.Numeric.Count > i && table.Numeric[i] ? cell.PadLeft(w) : cell.PadRight(w);
            }));
            text.Append(line.TrimEnd()).Append('\n');
        }

        if (table.Rows.Count == 0)
        {
            text.Append("(none yet)\n");
        }

        return text.ToString();
    }

    private static string Key(string header)
    {
        var words = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0 ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }
}
