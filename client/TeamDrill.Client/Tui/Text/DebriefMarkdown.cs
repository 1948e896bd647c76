using System.Globalization;
using System.Text;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Tui.Text;

/// <summary>A debrief as a Markdown document a trainer can keep or share.</summary>
public static class DebriefMarkdown
{
    public static string Render(Debrief debrief)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Debrief: {Clean(debrief.Brief.Title)}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Room {Clean(debrief.RoomCode)}, drill {debrief.DrillNumber}, {debrief.StartedAt:yyyy-MM-dd HH:mm} to {debrief.EndedAt:HH:mm} UTC");
        foreach (var member in debrief.Participants.Where(p => p.Role != DrillRole.None).OrderBy(p => p.Role))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {DisplayText.Role(member.Role)}: {Clean(member.Name)}");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"- Outcome: **{DisplayText.Outcome(debrief.Outcome)}**");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Overall score: **{(debrief.OverallScore is { } o ? DisplayText.Decimal(o) + "/5" : "n/a")}**");
        if (debrief.ClosedEarly)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Scoring was closed early ({debrief.Rubrics.Count} rubrics)");
        }

        md.AppendLine();
        md.AppendLine("## Consensus per criterion");
        md.AppendLine();
        md.AppendLine("| Criterion | Consensus | Scored | N/A | Range | Agreement |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in debrief.Consensus)
        {
            var range = row.Min is { } min && row.Max is { } max ? $"{min}–{max}" : "";
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(row.Name)} | {DisplayText.Decimal(row.Consensus)} | {row.Scored} | {row.NotApplicable} | {range} | {ConsensusChart.Agreement(row)} |");
        }

        md.AppendLine();
        md.AppendLine("## Anger over the call");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`{Sparkline.Render(debrief.AngerCurve.Select(p => p.Level))}` ({string.Join(" → ", debrief.AngerCurve.Select(p => p.Level))})");
        md.AppendLine();
        md.AppendLine("## Transcript with tags");
        md.AppendLine();
        foreach (var message in debrief.Transcript.OrderBy(m => m.Number))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{message.Number}. **{Clean(message.SenderName)}** ({DisplayText.Role(message.Role)}): {Clean(message.Text)}");
            var tags = TagSummary(debrief.Tags.Where(t => t.MessageNumber == message.Number));
            if (tags.Length > 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"   - tags: {tags}");
            }
        }

        return md.ToString();
    }

    /// <summary>"empathy +2 −1, listening +1": each technique with its count of plus and minus tags.</summary>
    public static string TagSummary(IEnumerable<MessageTag> tags) =>
        string.Join(", ", tags
            .GroupBy(t => t.Technique, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var plus = g.Count(t => t.Polarity == TagPolarity.Plus);
                var minus = g.Count(t => t.Polarity == TagPolarity.Minus);
                return Clean(g.Key) + (plus > 0 ? $" +{plus}" : "") + (minus > 0 ? $" −{minus}" : "");
            }));

    public static string FileName(Debrief debrief) =>
        $"teamdrill-{Clean(debrief.RoomCode).ToLowerInvariant()}-drill{debrief.DrillNumber}.md";

    private static string Clean(string text) => DisplayText.Clean(text);

    private static string Cell(string text) => Clean(text).Replace("|", "\\|", StringComparison.Ordinal);
}
