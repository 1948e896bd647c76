using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Events of one room on their way to one or more connections, as one <c>ReceiveEvents</c> call. The
/// message is serialized once, the first time it is written, and the same bytes go to every connection
/// that sees exactly these events.
/// </summary>
public sealed class OutboundBatch
{
    private OutboundBatch(string room, RoomEvent[] events)
    {
        Room = room;
        Events = events;
        // The array's static type is the union, so MessagePack writes each event's union tag.
        Message = new SerializedHubMessage(new InvocationMessage(HubCallbacks.ReceiveEvents, [room, events]));
    }

    public string Room { get; }

    public RoomEvent[] Events { get; }

    public SerializedHubMessage Message { get; }

    public long FirstSeq => Events[0].Seq;

    public long LastSeq => Events[^1].Seq;

    public static OutboundBatch Of(string room, RoomEvent[] events)
    {
        ArgumentOutOfRangeException.ThrowIfZero(events.Length);
        return new OutboundBatch(room, events);
    }
}
