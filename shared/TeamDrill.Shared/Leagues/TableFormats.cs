using System.Text;

namespace TeamDrill.Shared.Leagues;

/// <summary>Renders an <see cref="ExportTable"/> as CSV (RFC 4180) or as a Markdown table.</summary>
public static class TableFormats
{
    private static readonly char[] CsvSpecial = [',', '"', '\r', '\n'];
    private const string MarkdownEscaped = "\\`*_[]<>|";

    /// <summary>
    /// RFC 4180: CRLF after every record, a header line, and a field in double quotes (inner quotes
    /// doubled) when it holds a comma, a quote or a line break.
    /// </summary>
    public static string ToCsv(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder();
        foreach (var row in table.Rows.Prepend(table.Headers))
        {
            csv.AppendJoin(',', row.Select(CsvField)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string CsvField(string value) =>
        value.IndexOfAny(CsvSpecial) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>A GitHub-flavoured Markdown table; numeric columns right-aligned; cells escaped so a name cannot break the table.</summary>
    public static string ToMarkdown(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var markdown = new StringBuilder();
        markdown.Append("| ").AppendJoin(" | ", table.Headers.Select(MarkdownCell)).Append(" |\n");
        markdown.Append('|').AppendJoin('|', table.Numeric.Select(n => n ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in table.Rows)
        {
            markdown.Append("| ").AppendJoin(" | ", row.Select(MarkdownCell)).Append(" |\n");
        }

        return markdown.ToString();
    }

    public static string MarkdownCell(string value)
    {
        var cell = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\r' or '\n')
            {
                cell.Append(' ');
                continue;
            }

            if (MarkdownEscaped.Contains(c, StringComparison.Ordinal))
            {
                cell.Append('\\');
            }

            cell.Append(c);
        }

        return cell.ToString();
    }
}
