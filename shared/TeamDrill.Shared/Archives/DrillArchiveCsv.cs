using System.Globalization;
using System.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Archives;

/// <summary>
/// One row per message of an archived drill, RFC 4180 CSV with a header row and CRLF line ends:
/// <c>message,offset,at,role,sender,text,plus,minus,tags,anger</c>. <c>tags</c> lists
/// "technique+ (scorer)" separated by "; "; <c>anger</c> is the customer's level once the message was
/// sent. A text cell that starts with = + - @ or a tab is prefixed with ' so a spreadsheet does not run
/// it as a formula.
/// </summary>
public static class DrillArchiveCsv
{
    public const string Header = "message,offset,at,role,sender,text,plus,minus,tags,anger";

    public static string Render(DrillArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");
        foreach (var m in archive.Transcript)
        {
            var tags = archive.Tags.Where(t => t.MessageNumber == m.Number).OrderBy(t => t.At).ToList();
            var anger = archive.AngerCurve.LastOrDefault(p => p.AfterMessage <= m.Number)?.Level;
            string[] cells =
            [
                m.Number.ToString(CultureInfo.InvariantCulture),
                DrillArchiveMarkdown.Clock(m.At - archive.StartedAt),
                m.At.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                m.Role.ToString().ToLowerInvariant(),
                Text(m.SenderName),
                Text(m.Text),
                tags.Count(t => t.Polarity == TagPolarity.Plus).ToString(CultureInfo.InvariantCulture),
                tags.Count(t => t.Polarity == TagPolarity.Minus).ToString(CultureInfo.InvariantCulture),
                Text(string.Join("; ", tags.Select(t => $"{t.Technique}{DrillArchiveMarkdown.Sign(t.Polarity)} ({t.ScorerName})"))),
                anger?.ToString(CultureInfo.InvariantCulture) ?? "",
            ];
            csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
