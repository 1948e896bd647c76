using System.Globalization;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.LineMode;

/// <summary>The debrief as a block: outcome, overall score, consensus table, anger curve and tags per message.</summary>
public static class DebriefFormatter
{
    public static IEnumerable<string> Format(Debrief debrief)
    {
        yield return $"* debrief of drill {debrief.DrillNumber} in room {DisplayText.Clean(debrief.RoomCode)}: {DisplayText.Clean(debrief.Brief.Title)}";
        var cast = Cast(debrief.Participants);
        if (cast.Length > 0)
        {
            yield return $"  {cast}";
        }

        if (AfterCallText.Reflection(debrief) is { } reflection)
        {
            yield return $"  the agent's reflection: {reflection}";
        }

        if (debrief.SupportLines.Count > 0)
        {
            yield return "  peer support, one thing that helped:";
            foreach (var line in AfterCallText.Support(debrief))
            {
                yield return $"    {line}";
            }
        }

        if (debrief.Brief.Criteria.Count > 0)
        {
            yield return $"  scored on: {string.Join(", ", debrief.Brief.Criteria.Select(DisplayText.Clean))}";
        }

        yield return $"  outcome: {DisplayText.Outcome(debrief.Outcome)}";
        yield return $"  overall score: {(debrief.OverallScore is { } overall ? DisplayText.Decimal(overall) + "/5" : "n/a")}";

        foreach (var line in ConsensusTable(debrief.Consensus))
        {
            yield return line;
        }

        foreach (var line in Figures(debrief.Figures))
        {
            yield return line;
        }

        var submitted = debrief.Rubrics.Count;
        if (debrief.ClosedEarly)
        {
            yield return $"  scoring was closed early: {submitted} rubric{(submitted == 1 ? "" : "s")} submitted";
        }

        foreach (var line in AngerCurve(debrief.AngerCurve))
        {
            yield return line;
        }

        foreach (var line in TagsPerMessage(debrief.Transcript, debrief.Tags))
        {
            yield return line;
        }

        foreach (var hint in debrief.CoachHints)
        {
            yield return $"  coach: said '{DisplayText.Clean(hint.Phrase)}' at {hint.Offset} ([{hint.MessageNumber}]): {DisplayText.Clean(hint.Why)}"
                + (hint.Instead is { } instead ? $" Try: {DisplayText.Clean(instead)}" : "");
        }


    }

    public static IEnumerable<string> ConsensusTable(IReadOnlyList<CriterionConsensus> consensus)
    {
        if (consensus.Count == 0)
        {
            yield return "  no rubric scores";
            yield break;
        }

        var rows = consensus.Select(c => new[]
        {
            DisplayText.Clean(c.Name.Length > 0 ? c.Name : c.CriterionId),
            DisplayText.Decimal(c.Consensus),
            c.Min is { } min && c.Max is { } max ? $"{min}-{max}" : "-",
            DisplayText.Number(c.Scored),
            DisplayText.Number(c.NotApplicable),
        }).ToList();
        string[] header = ["criterion", "consensus", "min-max", "scored", "n/a"];
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Append(header).Max(r => r[i].Length)).ToArray();
        yield return "  " + Row(header, widths);
        foreach (var row in rows)
        {
            yield return "  " + Row(row, widths);
        }
    }

    public static IEnumerable<string> AngerCurve(IReadOnlyList<AngerPoint> curve)
    {
        if (curve.Count == 0)
        {
            yield return "  anger curve: none";
            yield break;
        }

        var levels = curve.Select(p => p.Level).ToList();
        yield return $"  anger curve: {Sparkline.Render(levels)}  (start {levels[0]}, peak {levels.Max()}, end {levels[^1]})";
        yield return "  anger points: " + string.Join(", ", curve.Select(p =>
            p.AfterMessage == 0 ? $"{p.Level} at start" : $"{p.Level} after [{p.AfterMessage}]"));
    }

    public static IEnumerable<string> TagsPerMessage(IReadOnlyList<TranscriptMessage> transcript, IReadOnlyList<MessageTag> tags)
    {
        if (tags.Count == 0)
        {
            yield return "  tags: none";
            yield break;
        }

        yield return "  tags:";
        foreach (var group in tags.GroupBy(t => t.MessageNumber).OrderBy(g => g.Key))
        {
            var message = transcript.FirstOrDefault(m => m.Number == group.Key);
            var said = message is null ? "" : $" {DisplayText.Clean(message.SenderName)}: \"{Excerpt(DisplayText.Clean(message.Text))}\"";
            var marks = string.Join(", ", group.Select(t =>
                $"{DisplayText.Clean(t.Technique)} {DisplayText.Polarity(t.Polarity)} ({DisplayText.Clean(t.ScorerName)})"));
            yield return $"    [{group.Key}]{said} -> {marks}";
        }
    }

    private static string Cast(IReadOnlyList<MemberView> participants)
    {
        var parts = new List<string>();
        foreach (var role in new[] { DrillRole.Customer, DrillRole.Agent, DrillRole.Scorer })
        {
            var names = participants.Where(p => p.Role == role).Select(p => DisplayText.Clean(p.Name)).ToList();
            if (names.Count > 0)
            {
                parts.Add($"{DisplayText.Role(role)}{(names.Count > 1 ? "s" : "")}: {string.Join(", ", names)}");
            }
        }

        return string.Join("; ", parts);
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();

    private static string Excerpt(string text) =>
        text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");


    private static IEnumerable<string> Figures(DebriefFigures? figures)
    {
        if (figures is null)
        {
            yield break;
        }

        yield return $"  agent score: {(figures.Score is { } score ? DisplayText.Decimal(score) + "/100" : "n/a")}";
        foreach (var part in figures.Components)
        {
            yield return $"    {DisplayText.Clean(part.Name)} x{part.Weight.ToString("0.##", CultureInfo.InvariantCulture)}: {DisplayText.Decimal(part.Value)} ({DisplayText.Clean(part.Explanation)})";
        }

        yield return Agreement(figures.OrdinalAlpha, figures.IntervalAlpha);
        foreach (var scorer in figures.Calibration)
        {
            var from = scorer.Leaning == "two scorers" ? "apart from the other scorer" : "from the others";
            var distance = scorer.Distance is { } d ? $"{DisplayText.Decimal(d)} points {from}" : "no one to compare with";
            yield return $"  calibration {DisplayText.Clean(scorer.ScorerName)}: {distance}, {DisplayText.Clean(scorer.Leaning)}";
        }

        foreach (var reason in figures.Reasons)
        {
            yield return $"  why {DisplayText.Clean(reason.CriterionId)}: +{reason.Plus} -{reason.Minus} " + string.Join("; ", reason.Evidence.Select(DisplayText.Clean));
        }

        if (figures.FidelityMean is { } fidelity)
        {
            yield return $"  customer fidelity to the card: {DisplayText.Decimal(fidelity)}/5";
        }
    }

    /// <summary>One drill's alpha swings with few values: it is labelled indicative and shows how many it rests on.</summary>
    private static string Agreement(AgreementFigure ordinal, AgreementFigure interval)
    {
        if (ordinal.Alpha is null && interval.Alpha is null && ordinal.Reason == interval.Reason)
        {
            return $"  agreement (Krippendorff's alpha): {DisplayText.Alpha(ordinal)}";
        }

        var values = ordinal.PairableValues > 0 ? $": {ordinal.PairableValues} paired values" : "";
        return $"  agreement (Krippendorff's alpha, indicative for one drill{values}; trust the round's and season's): ordinal {DisplayText.Alpha(ordinal)}, interval {DisplayText.Alpha(interval)}";
    }
}
