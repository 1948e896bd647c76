using Microsoft.AspNetCore.SignalR.Client;

namespace TeamDrill.Client.Session;

/// <summary>
/// Reconnects forever: SignalR's default policy gives up after about 42 s, which would strand a player
/// whose server restarts slowly. Backoff doubles from an immediate first retry up to a cap, with jitter
/// so a room full of clients does not come back in lockstep.
/// </summary>
public sealed class ForeverRetryPolicy(TimeSpan? cap = null, Random? random = null) : IRetryPolicy
{
    public static readonly TimeSpan DefaultCap = TimeSpan.FromSeconds(5);

    private readonly TimeSpan _cap = cap ?? DefaultCap;
    private readonly Random _random = random ?? Random.Shared;

    /// <summary>The next delay; none when the server refused the sign-in itself (signed out or expired): retrying cannot help.</summary>
    public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
        SignInRefused(retryContext.RetryReason) ? null : Delay(retryContext.PreviousRetryCount);

    /// <summary>Whether <paramref name="error"/> is the server saying the token is no longer good (HTTP 401 at connect).</summary>
    public static bool SignInRefused(Exception? error) =>
        error is HttpRequestException { StatusCode: System.Net.HttpStatusCode.Unauthorized }
        || error?.InnerException is HttpRequestException { StatusCode: System.Net.HttpStatusCode.Unauthorized };

    /// <summary>0 for the first retry, then 0.5 s, 1 s, 2 s, 4 s... capped, each minus up to 20 % jitter.</summary>
    public TimeSpan Delay(long previousRetryCount)
    {
        if (previousRetryCount <= 0)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(previousRetryCount - 1, 16);
        var baseDelay = TimeSpan.FromMilliseconds(Math.Min(500 * Math.Pow(2, exponent), _cap.TotalMilliseconds));
        return baseDelay * (1 - (0.2 * _random.NextDouble()));
    }
}
