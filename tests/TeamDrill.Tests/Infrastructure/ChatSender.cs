using System.Diagnostics;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// Keeps one player talking in one room: sends, waits for the answer, pauses, sends again. Every text is
/// new ("ana-17"), so a failed send is retried as a new message: an acknowledged text must appear
/// exactly once, an unacknowledged one (it may or may not have landed) at most once.
/// </summary>
public sealed class ChatSender(FailoverPlayer player, string code, string prefix, TimeSpan pace)
{
    private readonly Lock _gate = new();
    private readonly List<SentMessage> _acknowledged = [];
    private readonly List<SentMessage> _unacknowledged = [];
    private CancellationTokenSource? _stop;
    private Task? _loop;

    public FailoverPlayer Player { get; } = player;

    public string Prefix { get; } = prefix;

    public IReadOnlyList<SentMessage> Acknowledged
    {
        get
        {
            lock (_gate)
            {
                return [.. _acknowledged];
            }
        }
    }

    public IReadOnlyList<SentMessage> Unacknowledged
    {
        get
        {
            lock (_gate)
            {
                return [.. _unacknowledged];
            }
        }
    }

    public int AcknowledgedCount
    {
        get
        {
            lock (_gate)
            {
                return _acknowledged.Count;
            }
        }
    }

    /// <summary>Acknowledgements received after <paramref name="since"/> (UTC).</summary>
    public int AcknowledgedSince(DateTime since)
    {
        lock (_gate)
        {
            return _acknowledged.Count(m => m.AnsweredAt > since);
        }
    }

    public void Start()
    {
        _stop = new CancellationTokenSource();
        _loop = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>Lets the call in flight finish (its answer still counts), then stops.</summary>
    public async Task StopAsync()
    {
        if (_stop is null || _loop is null)
        {
            return;
        }

        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _stop = null;
        _loop = null;
    }

    private async Task RunAsync(CancellationToken stop)
    {
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var text = $"{Prefix}-{n}";
            var sentAt = DateTime.UtcNow;
            var clock = Stopwatch.StartNew();
            try
            {
                await Player.InvokeAsync(nameof(IDrillHub.SendMessage), code, text, ActionIds.New());
                lock (_gate)
                {
                    _acknowledged.Add(new SentMessage(text, sentAt, DateTime.UtcNow, clock.Elapsed, null));
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                lock (_gate)
                {
                    _unacknowledged.Add(new SentMessage(text, sentAt, DateTime.UtcNow, clock.Elapsed, exception.Message));
                }
            }

            try
            {
                await Task.Delay(pace, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
