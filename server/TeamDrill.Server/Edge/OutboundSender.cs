using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using TeamDrill.Server.Hosting;

namespace TeamDrill.Server.Edge;

/// <summary>Gives each hub connection its <see cref="EdgeConnection"/>, writing batches straight to SignalR's connection.</summary>
public sealed partial class OutboundSender(
    ConnectionRegistry registry,
    IOptions<EdgeOptions> options,
    EdgeMetrics metrics,
    ILogger<OutboundSender> logger)
{
    public EdgeConnection Start(HubConnectionContext context)
    {
        var connection = new EdgeConnection(
            context.ConnectionId,
            context.UserIdentifier ?? throw new InvalidOperationException("A hub connection without a signed-in player."),
            batch =>
            {
                metrics.EventsSent.Add(batch.Events.Length);
                return context.WriteAsync(batch.Message);
            },
            options.Value.OutboundQueueLength,
            options.Value.OutboundStallLimit,
            options.Value.CallsPerSecond,
            registry.Followers,
            waiting =>
            {
                LogTooSlow(context.ConnectionId, context.UserIdentifier, waiting);
                metrics.SlowClientsDropped.Add(1);
                context.Abort();
            },
            exception =>
            {
                LogSendFailed(exception, context.ConnectionId);
                context.Abort();
            },
            context.Abort);
        registry.Add(connection);
        metrics.Connections.Add(1);
        return connection;
    }

    public void Stop(HubConnectionContext context)
    {
        if (registry.Remove(context.ConnectionId) is { } connection)
        {
            connection.Close();
            metrics.Connections.Add(-1);
            if (connection.Refusals.Close() is > 0 and var refused)
            {
                EdgeLog.RefusalsSummary(logger, connection.ConnectionId, connection.PlayerId, refused);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId} of player {PlayerId} fell too far behind and was dropped with {Waiting} batches waiting")]
    private partial void LogTooSlow(string connectionId, string? playerId, int waiting);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stopped sending to connection {ConnectionId}")]
    private partial void LogSendFailed(Exception exception, string connectionId);
}
