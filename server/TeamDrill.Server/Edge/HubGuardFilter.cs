using System.Collections.Frozen;
using Microsoft.AspNetCore.SignalR;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// At every connection: the limit of connections per sign-in token. Around every hub call: the
/// connection's call budget (a token bucket), the wrong-code limit on room codes, and the rules' refusals turned into HubException so the client sees the real reason (other
/// exceptions reach it only as a generic text). A refusal is the caller's news: it is logged at Debug
/// and counted; only a real fault is logged as an error, with its stack trace.
/// </summary>
public sealed partial class HubGuardFilter(
    ConnectionRegistry registry, WrongCodeGuard wrongCodes, TokenConnections tokens, EdgeMetrics metrics, ILogger<HubGuardFilter> logger) : IHubFilter
{
    public const string TooManyCalls = "Too many requests: slow down and try again in a moment.";

    /// <summary>The room methods: their first argument is a room code.</summary>
    private static readonly FrozenSet<string> RoomMethods = typeof(IDrillHub).GetMethods()
        .Where(m => m.GetParameters() is [{ Name: "code" } first, ..] && first.ParameterType == typeof(string))
        .Select(m => m.Name)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A token past its limit is refused here, where SignalR sends the HubException's sentence as the reason for
    /// the close (and does not let the client reconnect by itself); SignalR's own error line for it is filtered out.
    /// </summary>
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var connection = context.Context;
        // A projector link has no sign-in token, so no token's limit applies to it.
        var token = connection.User?.FindFirst(TokenAuthenticationHandler.TokenHashClaim)?.Value;
        if (token is not null && !tokens.TryAdd(token, connection))
        {
            LogTooManyConnections(connection.UserIdentifier, tokens.Limit);
            throw new HubException(tokens.Refusal);
        }

        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            LogConnectFailed(ex, connection.ConnectionId);
            throw;
        }
    }

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var method = invocationContext.HubMethodName;
        var connection = registry.Get(invocationContext.Context.ConnectionId)
            ?? throw new HubException("This connection is closing; reconnect.");
        // A projector link may watch its room and call nothing else, whatever the method would check itself.
        if (WatcherIds.IsWatcher(connection.PlayerId) && method != nameof(DrillHub.WatchRoom))
        {
            throw Refused(connection, method, WatchLinkRefusal.ReadOnly, EdgeMetrics.RefusalReason.Rule);
        }

        if (!connection.Budget.TryTake())
        {
            throw Refused(connection, method, TooManyCalls, EdgeMetrics.RefusalReason.RateLimited);
        }

        var code = RoomCodeOf(invocationContext);
        try
        {
            // A room this connection already follows is the player's own: no need to ask.
            if (code is not null && !connection.Follows(code))
            {
                await wrongCodes.CheckAsync(connection.PlayerId, code);
            }

            return await next(invocationContext);
        }
        catch (Exception ex) when (RefusalIn(ex) is { } refusal)
        {
            if (refusal is RoomNotOpenException && code is not null)
            {
                await wrongCodes.Record(connection.PlayerId);
            }

            throw Refused(connection, method, refusal.Message, ReasonFor(refusal));
        }
        catch (HubException ex)
        {
            throw Refused(connection, method, ex.Message, EdgeMetrics.RefusalReason.Rule);
        }
        catch (Exception ex)
        {
            metrics.Refused(EdgeMetrics.RefusalReason.Failed);
            LogFailed(ex, method, connection.PlayerId);
            throw new HubException($"The server could not do that ({method}); try again.");
        }
    }

    /// <summary>A refusal by the rules, or a passing trouble the player is told of, possibly wrapped once.</summary>
    private static Exception? RefusalIn(Exception ex) => ex switch
    {
        DrillRuleException or RoomUnavailableException => ex,
        { InnerException: DrillRuleException or RoomUnavailableException } => ex.InnerException,
        _ => null,
    };

    private static string? RoomCodeOf(HubInvocationContext call) =>
        RoomMethods.Contains(call.HubMethodName) && call.HubMethodArguments is [string typed, ..] && RoomCodes.TryNormalize(typed, out var code)
            ? code
            : null;

    private static string ReasonFor(Exception refusal) =>
        refusal is RoomUnavailableException ? EdgeMetrics.RefusalReason.Unavailable : EdgeMetrics.RefusalReason.Rule;

    private HubException Refused(EdgeConnection connection, string method, string reason, string metricReason)
    {
        metrics.Refused(metricReason);
        LogRefused(method, connection.PlayerId, reason);
        if (connection.Refusals.Add() is > 0 and var count)
        {
            EdgeLog.RefusalsSummary(logger, connection.ConnectionId, connection.PlayerId, count);
        }

        return new HubException(reason);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Hub call {Method} by {PlayerId} refused: {Reason}")]
    private partial void LogRefused(string method, string playerId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a connection of player {PlayerId}: the token already holds {Limit} connections")]
    private partial void LogTooManyConnections(string? playerId, int limit);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not open connection {ConnectionId}")]
    private partial void LogConnectFailed(Exception exception, string connectionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub call {Method} by {PlayerId} failed")]
    private partial void LogFailed(Exception exception, string method, string? playerId);
}
