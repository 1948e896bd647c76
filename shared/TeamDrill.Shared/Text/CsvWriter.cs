using System.Text;

namespace TeamDrill.Shared.Text;

/// <summary>
/// The one way the product writes CSV (drill archives, league reports, the client's tables): RFC 4180 with
/// CRLF after every record, a field in double quotes (inner quotes doubled) when it holds a comma, a quote
/// or a line break. A field that starts with = + - @ tab or CR gets a leading ' so a spreadsheet shows it
/// as text instead of running it as a formula; a plain number ("-0.25") is left alone, it cannot be one.
/// </summary>
public static class CsvWriter
{
    private static readonly char[] Special = [',', '"', '\r', '\n'];

    /// <summary>Rows (the header first, if any) as CSV text.</summary>
    public static string Write(IEnumerable<IEnumerable<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            AppendRow(csv, row);
        }

        return csv.ToString();
    }

    /// <summary>One record and its CRLF.</summary>
    public static StringBuilder AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return csv.AppendJoin(',', cells.Select(Field)).Append("\r\n");
    }

    /// <summary>A value as one field: guarded against formulas, then quoted when it must be.</summary>
    public static string Field(string value)
    {
        var safe = Defused(value ?? "");
        return safe.IndexOfAny(Special) < 0 ? safe : $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    /// <summary>The value with a leading ' when a spreadsheet would take it as a formula.</summary>
    public static string Defused(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(value) ? "'" + value : value;

    private static bool IsPlainNumber(string value)
    {
        var digits = 0;
        var dots = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.' && dots == 0)
            {
                dots++;
            }
            else if (i > 0 || c is not ('+' or '-'))
            {
                return false;
            }
        }

        return digits > 0;
    }
}
