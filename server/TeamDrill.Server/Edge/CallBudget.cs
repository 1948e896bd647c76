using System.Diagnostics;

namespace TeamDrill.Server.Edge;

/// <summary>
/// A token bucket for one connection's hub calls: <c>perSecond</c> on average, bursts up to twice that.
/// Refilled from the clock when asked, so an idle connection costs no timer.
/// </summary>
public sealed class CallBudget(int perSecond)
{
    private readonly Lock _gate = new();
    private readonly double _capacity = perSecond * 2.0;
    private double _tokens = perSecond * 2.0;
    private long _refilledAt = Stopwatch.GetTimestamp();

    public bool TryTake()
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + (Stopwatch.GetElapsedTime(_refilledAt, now).TotalSeconds * perSecond));
            _refilledAt = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }
}
