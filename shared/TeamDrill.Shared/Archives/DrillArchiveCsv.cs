using System.Globalization;
using System.Text;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Archives;

/// <summary>
/// One row per message of an archived drill, RFC 4180 CSV with a header row and CRLF line ends:
/// <c>message,offset,at,role,sender,text,plus,minus,tags,anger</c>. <c>tags</c> lists
/// "technique+ (scorer)" separated by "; "; <c>anger</c> is the customer's level once the message was
/// sent. Written by <see cref="CsvWriter"/>, which keeps a spreadsheet from running a cell as a formula.
/// </summary>
public static class DrillArchiveCsv
{
    public const string Header = "message,offset,at,role,sender,text,plus,minus,tags,anger";

    public static string Render(DrillArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var csv = new StringBuilder();
        CsvWriter.AppendRow(csv, Header.Split(','));
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
                m.SenderName,
                m.Text,
                tags.Count(t => t.Polarity == TagPolarity.Plus).ToString(CultureInfo.InvariantCulture),
                tags.Count(t => t.Polarity == TagPolarity.Minus).ToString(CultureInfo.InvariantCulture),
                string.Join("; ", tags.Select(t => $"{t.Technique}{DrillArchiveMarkdown.Sign(t.Polarity)} ({t.ScorerName})")),
                anger?.ToString(CultureInfo.InvariantCulture) ?? "",
            ];
            CsvWriter.AppendRow(csv, cells);
        }

        return csv.ToString();
    }
}
