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
    EdgeMetrics metrics,
    ILogger<OutboundSender> logger)
{
    private const int MaxBatch = 256;

    public EdgeConnection Start(string connectionId, string playerId, Action abort)
    {
        var connection = new EdgeConnection(connectionId, playerId, options.Value.OutboundQueueLength, () =>
        {
            LogTooSlow(connectionId, playerId);
            metrics.SlowClientsDropped.Add(1);
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
            var reader = connection.Outbound;
            var batch = new List<RoomEvent>();
            while (await reader.WaitToReadAsync())
            {
                // Send what is queued now as few messages as possible: one per run of events of one room.
                string? room = null;
                while (reader.TryPeek(out var next) && (room is null || next.Room == room) && batch.Count < MaxBatch)
                {
                    reader.TryRead(out var item);
                    room = item.Room;
                    batch.Add(item.Event);
                }

                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await client.ReceiveEvents(room!, [.. batch]);
                metrics.SendLatency.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                metrics.EventsSent.Add(batch.Count);
                batch.Clear();
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
