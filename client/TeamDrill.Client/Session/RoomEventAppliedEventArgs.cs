using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Session;

/// <summary>A new event was applied to a room; <see cref="Before"/> and <see cref="After"/> are the states around it.</summary>
public sealed class RoomEventAppliedEventArgs(RoomEvent roomEvent, SeenRoom before, SeenRoom after) : EventArgs
{
    public string RoomCode => After.Code;
    public RoomEvent Event { get; } = roomEvent;
    public SeenRoom Before { get; } = before;
    public SeenRoom After { get; } = after;
}
