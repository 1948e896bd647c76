using Microsoft.AspNetCore.SignalR;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Around every hub call: the connection's call budget (a token bucket), and the rules' refusals
/// turned into HubException so the client sees the real reason (other exceptions reach it only as a generic text).
/// </summary>
public sealed partial class HubGuardFilter(ConnectionRegistry registry, EdgeMetrics metrics, ILogger<HubGuardFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connection = registry.Get(invocationContext.Context.ConnectionId)
            ?? throw new HubException("This connection is closing; reconnect.");
        // A projector link may watch its room and call nothing else, whatever the method would check itself.
        if (WatcherIds.IsWatcher(connection.PlayerId) && invocationContext.HubMethodName != nameof(DrillHub.WatchRoom))
        {
            throw new HubException(WatchLinkRefusal.ReadOnly);
        }

        if (!connection.Budget.TryTake())
        {
            metrics.Refused(EdgeMetrics.RefusalReason.RateLimited);
            throw new HubException("Too many requests: slow down and try again in a moment.");
        }

        try
        {
            return await next(invocationContext);
        }
        catch (Exception ex) when (ex is DrillRuleException or RoomUnavailableException)
        {
            metrics.Refused(ReasonFor(ex));
            throw new HubException(ex.Message);
        }
        catch (HubException)
        {
            metrics.Refused(EdgeMetrics.RefusalReason.Rule);
            throw;
        }
        catch (Exception ex) when (ex.InnerException is DrillRuleException or RoomUnavailableException)
        {
            metrics.Refused(ReasonFor(ex.InnerException));
            throw new HubException(ex.InnerException.Message);
        }
        catch (Exception ex)
        {
            metrics.Refused(EdgeMetrics.RefusalReason.Failed);
            LogFailed(ex, invocationContext.HubMethodName, invocationContext.Context.UserIdentifier);
            throw new HubException($"The server could not do that ({invocationContext.HubMethodName}); try again.");
        }
    }

    private static string ReasonFor(Exception refusal) =>
        refusal is RoomUnavailableException ? EdgeMetrics.RefusalReason.Unavailable : EdgeMetrics.RefusalReason.Rule;

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub call {Method} by {PlayerId} failed")]
    private partial void LogFailed(Exception exception, string method, string? playerId);
}
