using System.Globalization;
using System.Text;
using TeamDrill.Shared.Content;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;

namespace TeamDrill.Shared.Archives;

/// <summary>
/// The debrief of an archived drill as Markdown: reflection first (as in the live debrief), then the
/// score with its components, the rubric chart, agreement, the anger curve, reasons, calibration,
/// fidelity, coach hints and the transcript with tags. Charts are █ bars inside code blocks.
/// </summary>
public static class DrillArchiveMarkdown
{
    /// <summary>Width of a rubric bar: four characters per rubric point, so 5 fills 20.</summary>
    public const int RubricBarWidth = 20;

    public static string Render(DrillArchive archive, Phrasebook? phrasebook = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var rubric = RubricOf(archive);
        var statistics = ConsensusCalculator.Statistics(rubric, archive.Rubrics);
        var md = new StringBuilder();

        var title = archive.CardTitle.Length > 0 ? archive.CardTitle : archive.CardId;
        md.AppendLine(CultureInfo.InvariantCulture, $"# Drill {archive.DrillNumber} in room {Escape(archive.RoomCode)}: {Escape(title)}").AppendLine();
        AppendFacts(md, archive);
        AppendReflection(md, archive);
        AppendSupport(md, archive);
        AppendScore(md, archive, statistics);
        AppendRubricChart(md, archive, rubric, statistics);
        AppendAngerCurve(md, archive);
        AppendReasons(md, archive, rubric);
        AppendCalibration(md, archive, rubric);
        AppendFidelity(md, archive);
        if (phrasebook is not null)
        {
            AppendHints(md, archive, phrasebook);
        }

        AppendTranscript(md, archive);
        return md.ToString();
    }

    /// <summary>Escapes the characters Markdown would treat as formatting, so players' text shows as typed.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }

    private static IReadOnlyList<RubricCriterionView> RubricOf(DrillArchive archive) =>
        archive.Rubric.Count > 0
            ? archive.Rubric
            : archive.Rubrics.SelectMany(s => s.Scores.Keys).Distinct(StringComparer.Ordinal)
                .Select(id => new RubricCriterionView { Id = id, Name = id }).ToList();

    private static void AppendFacts(StringBuilder md, DrillArchive archive)
    {
        string Names(DrillRole role) =>
            string.Join(", ", archive.Participants.Where(p => p.Role == role).Select(p => Escape(p.Name))) is { Length: > 0 } names ? names : "—";

        md.AppendLine("| | |").AppendLine("|---|---|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Card | {Escape(archive.CardId)} (version {Escape(archive.CardVersion)}) |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Agent | {Names(DrillRole.Agent)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Customer | {Names(DrillRole.Customer)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Scorers | {Names(DrillRole.Scorer)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Started | {archive.StartedAt:yyyy-MM-dd HH:mm:ss zzz} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Call length | {Clock(archive.EndedAt - archive.StartedAt)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Scored | {archive.ScoredAt:yyyy-MM-dd HH:mm:ss zzz}{(archive.ClosedEarly ? " (closed before every scorer submitted)" : "")} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Outcome | {OutcomeName(archive.Outcome)} |");
        md.AppendLine();
    }

    private static void AppendReflection(StringBuilder md, DrillArchive archive)
    {
        md.AppendLine("## The agent's reflection").AppendLine();
        var worked = string.IsNullOrWhiteSpace(archive.Reflection) ? null : archive.Reflection;
        var different = string.IsNullOrWhiteSpace(archive.ReflectionDoDifferently) ? null : archive.ReflectionDoDifferently;
        if (worked is null && different is null)
        {
            md.AppendLine("_The agent wrote no reflection._");
        }
        else if (different is null)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"> {Escape(worked!)}");
        }
        else
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- What worked: {(worked is null ? "_(not written)_" : Escape(worked))}");
            md.AppendLine(CultureInfo.InvariantCulture, $"- What I'd do differently: {Escape(different)}");
        }

        md.AppendLine();
    }

    private static void AppendSupport(StringBuilder md, DrillArchive archive)
    {
        if (archive.SupportLines is not { Count: > 0 } lines)
        {
            return;
        }

        md.AppendLine("## Peer support: one thing that helped").AppendLine();
        foreach (var line in lines)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Escape(line.ScorerName)}: {Escape(line.Text)}");
        }

        md.AppendLine();
    }

    private static void AppendScore(StringBuilder md, DrillArchive archive, IReadOnlyList<CriterionStatistics> statistics)
    {
        var score = AgentScore.Compute(statistics, archive.Outcome, archive.AngerCurve, archive.CardCriteria);
        md.AppendLine(score.Score is double value
            ? $"## Score: {F(value, "0.0")} / 100"
            : $"## Score: {score.Reason}");
        md.AppendLine();
        md.AppendLine("| Component | Weight | Value | Why |").AppendLine("|---|---:|---:|---|");
        foreach (var c in score.Components)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {c.Name} | {F(c.Weight * 100, "0")}% | {(c.Value is double v ? F(v, "0.0") : "—")} | {Escape(c.Detail)} |");
        }

        md.AppendLine();
    }

    private static void AppendRubricChart(
        StringBuilder md, DrillArchive archive, IReadOnlyList<RubricCriterionView> rubric, IReadOnlyList<CriterionStatistics> statistics)
    {
        md.AppendLine("## Rubric").AppendLine();
        md.AppendLine("Mean score per criterion on 1..5 (median, spread as standard deviation, how many scored).").AppendLine();
        md.AppendLine("```text");
        var nameWidth = Math.Max(9, statistics.Select(s => s.Name.Length).DefaultIfEmpty(0).Max());
        foreach (var s in statistics)
        {
            var name = s.Name.PadRight(nameWidth);
            if (s.Mean is double mean)
            {
                var spread = s.StandardDeviation is double sd ? F(sd, "0.00") : "—";
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"{name}  {TextChart.Bar(mean, 5, RubricBarWidth)}  {F(mean, "0.00")}  median {F(s.Median!.Value, "0.#")}  sd {spread}  ({s.Scored} scored, {s.NotApplicable} N/A)");
            }
            else
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"{name}  {new string(' ', RubricBarWidth)}  N/A   ({s.NotApplicable} N/A)");
            }
        }

        md.AppendLine("```").AppendLine();
        var agreement = PanelAgreement.ForDrill(rubric, archive.Rubrics);
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Agreement (Krippendorff's alpha, indicative for one drill: {agreement.Ordinal.PairableValues} paired values): ordinal {agreement.Ordinal}, interval {agreement.Interval}.");
        md.AppendLine();
    }

    private static void AppendAngerCurve(StringBuilder md, DrillArchive archive)
    {
        md.AppendLine("## Anger curve").AppendLine();
        if (archive.AngerCurve.Count == 0)
        {
            md.AppendLine("_No anger was recorded._").AppendLine();
            return;
        }

        md.AppendLine("```text");
        foreach (var point in archive.AngerCurve)
        {
            var when = point.AfterMessage == 0 ? "start" : $"after #{point.AfterMessage}";
            md.AppendLine(CultureInfo.InvariantCulture,
                $"{Clock(point.At - archive.StartedAt)}  {when,-11} {TextChart.Bar(point.Level, 10, 10)} {point.Level,2}");
        }

        md.AppendLine("```").AppendLine();
    }

    private static void AppendReasons(StringBuilder md, DrillArchive archive, IReadOnlyList<RubricCriterionView> rubric)
    {
        md.AppendLine("## Reasons").AppendLine();
        var reasons = CriterionReasons.Collect(archive.Tags, archive.Transcript);
        if (reasons.Count == 0)
        {
            md.AppendLine("_No message was tagged._").AppendLine();
            return;
        }

        foreach (var reason in reasons)
        {
            var name = rubric.FirstOrDefault(c => c.Id == reason.CriterionId)?.Name ?? reason.CriterionId;
            md.AppendLine(CultureInfo.InvariantCulture, $"### {Escape(name)}: {reason.Plus} +, {reason.Minus} −").AppendLine();
            foreach (var e in reason.Evidence)
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- #{e.MessageNumber} {Sign(e.Polarity)} ({Escape(string.Join(", ", e.ScorerNames))}): {Escape(e.Text)}");
            }

            md.AppendLine();
        }
    }

    private static void AppendCalibration(StringBuilder md, DrillArchive archive, IReadOnlyList<RubricCriterionView> rubric)
    {
        md.AppendLine("## Scorer calibration").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Distance from the panel median (from the other scorer when only two scored), in rubric points; lenient or strict only beyond ±{F(ScorerCalibrator.MinimumBias, "0.00")} and beyond what the panel's spread explains over {ScorerCalibrator.MinimumComparisons} or more comparisons.").AppendLine();
        md.AppendLine("| Scorer | Mean distance | Bias | Leaning |").AppendLine("|---|---:|---:|---|");
        foreach (var c in ScorerCalibrator.ForDrill(rubric, archive.Rubrics))
        {
            var distance = c.MeanAbsoluteDifference is double d ? F(d, "0.00") : "—";
            var bias = c.Bias is double b ? F(b, "+0.00;−0.00;0.00") : "—";
            var leaning = c.Leaning switch
            {
                ScorerLeaning.NotEnoughData => "not enough data",
                ScorerLeaning.PairOnly => "two scorers: apart, nobody is called off",
                _ => c.Leaning.ToString().ToLowerInvariant(),
            };
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(c.ScorerName)} | {distance} | {bias} | {leaning} |");
        }

        md.AppendLine();
    }

    private static void AppendFidelity(StringBuilder md, DrillArchive archive)
    {
        md.AppendLine("## The customer's fidelity to the card").AppendLine();
        if (archive.FidelityRatings is not { Count: > 0 } ratings)
        {
            md.AppendLine("_Not rated._").AppendLine();
            return;
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"Mean {F(ratings.Average(r => r.Score), "0.00")} of 5.").AppendLine();
        md.AppendLine("| Scorer | Score |").AppendLine("|---|---:|");
        foreach (var r in ratings)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(r.ScorerName)} | {r.Score} |");
        }

        md.AppendLine();
    }

    private static void AppendHints(StringBuilder md, DrillArchive archive, Phrasebook phrasebook)
    {
        md.AppendLine("## Coach hints").AppendLine();
        var hints = CoachHints.Collect(archive.Transcript, archive.StartedAt, phrasebook);
        if (hints.Count == 0)
        {
            md.AppendLine("_No phrasebook match._").AppendLine();
            return;
        }

        foreach (var hint in hints)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- #{hint.MessageNumber}: {Escape(hint.ToString())}");
        }

        md.AppendLine();
    }

    private static void AppendTranscript(StringBuilder md, DrillArchive archive)
    {
        md.AppendLine("## Transcript").AppendLine();
        foreach (var m in archive.Transcript)
        {
            var tags = archive.Tags.Where(t => t.MessageNumber == m.Number).OrderBy(t => t.At)
                .Select(t => $"{t.Technique}{Sign(t.Polarity)} ({t.ScorerName})").ToList();
            var tagText = tags.Count == 0 ? "" : $" — tags: {Escape(string.Join(", ", tags))}";
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- **#{m.Number} {Clock(m.At - archive.StartedAt)} {Escape(m.SenderName)} ({m.Role.ToString().ToLowerInvariant()}):** {Escape(m.Text)}{tagText}");
        }

        md.AppendLine();
    }

    internal static string Clock(TimeSpan offset)
    {
        if (offset < TimeSpan.Zero)
        {
            offset = TimeSpan.Zero;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(int)offset.TotalMinutes:00}:{offset.Seconds:00}");
    }

    internal static string Sign(TagPolarity polarity) => polarity == TagPolarity.Plus ? "+" : "−";

    internal static string OutcomeName(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Resolved => "resolved",
        CallOutcome.Escalated => "escalated to a supervisor",
        CallOutcome.HungUp => "customer hung up",
        CallOutcome.TimedOut => "timed out",
        CallOutcome.EndedByHost => "ended by the host",
        _ => "none",
    };

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
