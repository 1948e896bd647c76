namespace TeamDrill.LoadTest.Worker;

/// <summary>Failed sends counted by what went wrong (the HubException's text, or the exception type).</summary>
public sealed class FailureTally
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public void Add(Exception exception)
    {
        var reason = exception is Microsoft.AspNetCore.SignalR.HubException ? exception.Message : exception.GetType().Name + ": " + exception.Message;
        lock (_counts)
        {
            _counts[reason] = _counts.GetValueOrDefault(reason) + 1;
        }
    }

    public Dictionary<string, long> Snapshot()
    {
        lock (_counts)
        {
            return new Dictionary<string, long>(_counts, StringComparer.Ordinal);
        }
    }
}
