using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using TeamDrill.Server.Hosting;
using TeamDrill.Shared.Drills;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Around every hub call: a per-connection token bucket, and the rules' refusals turned into
/// HubException so the client sees the real reason (other exceptions reach it only as a generic text).
/// </summary>
public sealed partial class HubGuardFilter(IOptions<ServerOptions> options, ILogger<HubGuardFilter> logger) : IHubFilter
{
    private const string LimiterKey = "rate-limiter";

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var items = invocationContext.Context.Items;
        if (items[LimiterKey] is not TokenBucketRateLimiter limiter)
        {
            var perSecond = options.Value.CallsPerSecond;
            limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = perSecond * 2,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
            items[LimiterKey] = limiter;
        }

        using var lease = limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            throw new HubException("Too many requests: slow down and try again in a moment.");
        }

        try
        {
            return await next(invocationContext);
        }
        catch (Exception ex) when (ex is DrillRuleException or RoomUnavailableException)
        {
            throw new HubException(ex.Message);
        }
        catch (HubException)
        {
            throw;
        }
        catch (Exception ex) when (ex.InnerException is DrillRuleException or RoomUnavailableException)
        {
            throw new HubException(ex.InnerException.Message);
        }
        catch (Exception ex)
        {
            LogFailed(ex, invocationContext.HubMethodName, invocationContext.Context.UserIdentifier);
            throw new HubException($"The server could not do that ({invocationContext.HubMethodName}); try again.");
        }
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items[LimiterKey] is IDisposable limiter)
        {
            limiter.Dispose();
        }

        return next(context, exception);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub call {Method} by {PlayerId} failed")]
    private partial void LogFailed(Exception exception, string method, string? playerId);
}
