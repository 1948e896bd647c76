using Microsoft.AspNetCore.SignalR;

namespace TeamDrill.Server.Edge;

/// <summary>
/// SignalR's own connection bookkeeping, plus ours: each connection gets its <see cref="EdgeConnection"/>
/// (queue, rooms, call budget) when it opens and loses it when it closes. Holding SignalR's connection
/// context lets the edge write a message serialized once to many connections. A token past its
/// connection limit is refused here, with a sentence the client receives as the reason for the close.
/// </summary>
public sealed partial class EdgeLifetimeManager(
    OutboundSender sender, TokenConnectionLimit tokens, ILogger<DefaultHubLifetimeManager<DrillHub>> logger)
    : DefaultHubLifetimeManager<DrillHub>(logger)
{
    private readonly ILogger _logger = logger;

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        var token = connection.User?.FindFirst(TokenConnectionLimit.ClaimType)?.Value ?? "";
        if (!tokens.TryOpen(connection.ConnectionId, token))
        {
            LogTooManyConnections(connection.UserIdentifier, tokens.Limit);
            throw new HubException(tokens.Refusal);
        }

        try
        {
            await base.OnConnectedAsync(connection);
            sender.Start(connection);
        }
        catch (Exception ex)
        {
            // SignalR's own line for this is filtered out (it also fires for every refused connection): ours keeps the stack trace.
            tokens.Close(connection.ConnectionId);
            LogConnectFailed(ex, connection.ConnectionId);
            throw;
        }
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        tokens.Close(connection.ConnectionId);
        sender.Stop(connection);
        await base.OnDisconnectedAsync(connection);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a connection of player {PlayerId}: the token already holds {Limit} connections")]
    private partial void LogTooManyConnections(string? playerId, int limit);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not open connection {ConnectionId}")]
    private partial void LogConnectFailed(Exception exception, string connectionId);
}
