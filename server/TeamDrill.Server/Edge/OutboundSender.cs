using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using TeamDrill.Server.Hosting;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>Registers each connection and drains its queue in order, one send at a time.</summary>
public sealed partial class OutboundSender(
    ConnectionRegistry registry,
    IHubContext<DrillHub, IDrillClient> hub,
    IOptions<ServerOptions> options,
    ILogger<OutboundSender> logger)
{
    public EdgeConnection Start(string connectionId, string playerId, Action abort)
    {
        var connection = new EdgeConnection(connectionId, playerId, options.Value.OutboundQueueLength, () =>
        {
            LogTooSlow(connectionId, playerId);
            abort();
        });
        registry.Add(connection);
        _ = Task.Run(() => Drain(connection));
        return connection;
    }

    private async Task Drain(EdgeConnection connection)
    {
        var client = hub.Clients.Client(connection.ConnectionId);
        try
        {
            await foreach (var (room, roomEvent) in connection.Outbound.ReadAllAsync())
            {
                await client.ReceiveEvent(room, roomEvent);
            }
        }
        catch (Exception ex)
        {
            LogSendFailed(ex, connection.ConnectionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId} of player {PlayerId} fell too far behind and was dropped")]
    private partial void LogTooSlow(string connectionId, string playerId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stopped sending to connection {ConnectionId}")]
    private partial void LogSendFailed(Exception exception, string connectionId);
}
