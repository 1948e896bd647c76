using Microsoft.AspNetCore.SignalR;

namespace TeamDrill.Server.Edge;

/// <summary>
/// SignalR's own connection bookkeeping, plus ours: each connection gets its <see cref="EdgeConnection"/>
/// (queue, rooms, call budget) when it opens and loses it when it closes. Holding SignalR's connection
/// context lets the edge write a message serialized once to many connections.
/// </summary>
public sealed class EdgeLifetimeManager(OutboundSender sender, ILogger<DefaultHubLifetimeManager<DrillHub>> logger)
    : DefaultHubLifetimeManager<DrillHub>(logger)
{
    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await base.OnConnectedAsync(connection);
        sender.Start(connection);
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        sender.Stop(connection);
        await base.OnDisconnectedAsync(connection);
    }
}
