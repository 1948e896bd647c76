using System.Text;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Leagues;

/// <summary>Renders an <see cref="ExportTable"/> as CSV (through <see cref="CsvWriter"/>) or as a Markdown table.</summary>
public static class TableFormats
{
    private const string MarkdownEscaped = "\\`*_[]<>|";

    /// <summary>A header line, then a line per row.</summary>
    public static string ToCsv(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return CsvWriter.Write(table.Rows.Prepend(table.Headers));
    }

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
