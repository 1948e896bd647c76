using System.Diagnostics;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Refused calls of one connection, by the minute. Each refusal is logged at Debug only; a minute with
/// more refusals than a person makes (a flood, or a guesser) is reported once, as one line.
/// </summary>
public sealed class RefusalCounter
{
    /// <summary>Refusals in a minute from which the minute is worth an operator's line.</summary>
    public const int ReportFrom = 30;

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private long _minuteStart = Stopwatch.GetTimestamp();
    private int _count;

    /// <summary>Counts one refusal; the count of the minute that just ended when that minute is worth reporting, else 0.</summary>
    public int Add()
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            var report = 0;
            if (Stopwatch.GetElapsedTime(_minuteStart, now) >= Minute)
            {
                report = _count >= ReportFrom ? _count : 0;
                _count = 0;
                _minuteStart = now;
            }

            _count++;
            return report;
        }
    }

    /// <summary>The connection closed: the count of its last minute when worth reporting, else 0.</summary>
    public int Close()
    {
        lock (_gate)
        {
            var report = _count >= ReportFrom ? _count : 0;
            _count = 0;
            return report;
        }
    }
}
