using Microsoft.AspNetCore.SignalR;

namespace TeamDrill.Client.Session;

/// <summary>
/// Sends an action again, with the same action id, when its answer was lost: the connection dropped or
/// the server died while the call was out. The server may have stored it or not; either way the retry
/// is safe, because an id the room already stored changes nothing the second time. A refusal
/// (a <see cref="HubException"/>) is an answer and is never retried; nor is anything after
/// <see cref="MaxAttempts"/> tries or once the connection stays down past the patience.
/// </summary>
public sealed class ActionRetry(Func<bool> isConnected, int maxAttempts = ActionRetry.DefaultAttempts, TimeSpan? reconnectPatience = null)
{
    public const int DefaultAttempts = 5;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private readonly TimeSpan _patience = reconnectPatience ?? TimeSpan.FromSeconds(60);
    private long _resent;

    public int MaxAttempts { get; } = maxAttempts > 0 ? maxAttempts : throw new ArgumentOutOfRangeException(nameof(maxAttempts));

    /// <summary>How many times an action went again after its answer was lost (for a status line or a test's report).</summary>
    public long Resent => Interlocked.Read(ref _resent);

    public async Task RunAsync(Func<Task> send) => await RunAsync(async () =>
    {
        await send().ConfigureAwait(false);
        return true;
    }).ConfigureAwait(false);

    public async Task<T> RunAsync<T>(Func<Task<T>> send)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await send().ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < MaxAttempts && AnswerMayBeLost(e))
            {
                if (!await WaitUntilConnectedAsync().ConfigureAwait(false))
                {
                    throw;
                }

                // Back online: the same call, with the same action id, goes again.
                Interlocked.Increment(ref _resent);
            }
        }
    }

    /// <summary>True when the call failed without the server's answer: anything but a refusal, a closed client or a bug here.</summary>
    public static bool AnswerMayBeLost(Exception exception) => exception is not (HubException or ObjectDisposedException or ArgumentException);

    private async Task<bool> WaitUntilConnectedAsync()
    {
        var deadline = DateTimeOffset.UtcNow + _patience;
        // The failed call may not have seen the drop yet: give the transport a moment to notice.
        await Task.Delay(PollInterval).ConfigureAwait(false);
        while (!isConnected())
        {
            if (DateTimeOffset.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(PollInterval).ConfigureAwait(false);
        }

        return true;
    }
}
