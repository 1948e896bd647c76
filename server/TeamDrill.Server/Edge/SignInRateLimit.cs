using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Sign-ins per address per minute (each new sign-in costs a player and a token on disk). One more is
/// answered 429 with a sentence saying when to sign in again, and a Retry-After header.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "signin";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, int perMinute) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await response.WriteAsJsonAsync(Refusal(perMinute, seconds), cancellationToken);
            };
        });

    public static string Refusal(int perMinute, int seconds) =>
        $"Too many sign-ins from your address ({perMinute} a minute at most): wait {seconds} second{(seconds == 1 ? "" : "s")}, then sign in again.";
}
