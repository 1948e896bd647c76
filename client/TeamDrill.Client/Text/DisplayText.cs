using System.Globalization;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.Text;

/// <summary>The words both clients use for protocol values. Everything from the server goes through <see cref="Clean"/>.</summary>
public static class DisplayText
{
    public static string Clean(string? text) => TextSanitizer.Clean(text);

    public static string Role(DrillRole role) => role switch
    {
        DrillRole.Customer => "customer",
        DrillRole.Agent => "agent",
        DrillRole.Scorer => "scorer",
        _ => "watcher",
    };

    public static string Outcome(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Resolved => "resolved",
        CallOutcome.Escalated => "escalated",
        CallOutcome.HungUp => "hung up",
        CallOutcome.TimedOut => "timed out",
        CallOutcome.EndedByHost => "ended by the host",
        _ => "none",
    };

    public static string Phase(DrillPhase phase) => phase switch
    {
        DrillPhase.Lobby => "lobby",
        DrillPhase.Call => "call",
        DrillPhase.Scoring => "scoring",
        DrillPhase.Debrief => "debrief",
        _ => phase.ToString().ToLowerInvariant(),
    };

    public static string Polarity(TagPolarity polarity) => polarity == TagPolarity.Minus ? "-" : "+";

    public static string Score(int? score) => score?.ToString(CultureInfo.InvariantCulture) ?? "na";

    public static string Decimal(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a";

    /// <summary>Krippendorff's alpha to 3 places, or why there is none.</summary>
    public static string Alpha(AgreementFigure figure) =>
        figure.Alpha is { } alpha ? alpha.ToString("0.000", CultureInfo.InvariantCulture) : Clean(figure.Reason ?? "not enough data");

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"10:00" for ten minutes.</summary>
    public static string Duration(TimeSpan span) =>
        span < TimeSpan.Zero ? "0:00" : $"{(int)span.TotalMinutes}:{span.Seconds:00}";
}
