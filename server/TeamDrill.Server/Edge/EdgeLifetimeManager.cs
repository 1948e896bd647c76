using Microsoft.AspNetCore.SignalR;

namespace TeamDrill.Server.Edge;

/// <summary>
/// SignalR's own connection bookkeeping, plus ours: each connection gets its <see cref="EdgeConnection"/>
/// (queue, rooms, call budget) when it opens and loses it when it closes, and its place among its token's
/// connections (<see cref="TokenConnections"/>, taken by <see cref="HubGuardFilter"/>) is given back.
/// Holding SignalR's connection context lets the edge write a message serialized once to many connections.
/// </summary>
public sealed class EdgeLifetimeManager(
    OutboundSender sender, TokenConnections tokens, ILogger<DefaultHubLifetimeManager<DrillHub>> logger)
    : DefaultHubLifetimeManager<DrillHub>(logger)
{
    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await base.OnConnectedAsync(connection);
        sender.Start(connection);
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        tokens.Remove(connection.ConnectionId);
        sender.Stop(connection);
        await base.OnDisconnectedAsync(connection);
    }
}
