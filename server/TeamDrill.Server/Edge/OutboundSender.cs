using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using TeamDrill.Server.Hosting;

namespace TeamDrill.Server.Edge;

/// <summary>Registers each connection and writes its queue in order, one batch at a time.</summary>
public sealed partial class OutboundSender(
    ConnectionRegistry registry,
    IOptions<ServerOptions> options,
    EdgeMetrics metrics,
    ILogger<OutboundSender> logger)
{
    public EdgeConnection Start(HubConnectionContext context)
    {
        var connection = new EdgeConnection(context, options.Value.OutboundQueueLength, options.Value.CallsPerSecond, registry.Followers, () =>
        {
            LogTooSlow(context.ConnectionId, context.UserIdentifier);
            metrics.SlowClientsDropped.Add(1);
            context.Abort();
        });
        registry.Add(connection);
        metrics.Connections.Add(1);
        _ = Task.Run(() => Drain(connection));
        return connection;
    }

    public void Stop(HubConnectionContext context)
    {
        if (registry.Remove(context.ConnectionId) is { } connection)
        {
            connection.Close();
            metrics.Connections.Add(-1);
        }
    }

    private async Task Drain(EdgeConnection connection)
    {
        try
        {
            var reader = connection.Outbound;
            while (await reader.WaitToReadAsync())
            {
                while (reader.TryRead(out var batch))
                {
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    await connection.Context.WriteAsync(batch.Message);
                    metrics.SendLatency.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    metrics.EventsSent.Add(batch.Events.Length);
                }
            }
        }
        catch (Exception ex)
        {
            LogSendFailed(ex, connection.ConnectionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId} of player {PlayerId} fell too far behind and was dropped")]
    private partial void LogTooSlow(string connectionId, string? playerId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stopped sending to connection {ConnectionId}")]
    private partial void LogSendFailed(Exception exception, string connectionId);
}
