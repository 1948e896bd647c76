using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Session;

/// <summary>A new event was applied to a room; <see cref="Before"/> and <see cref="After"/> are the states around it.</summary>
public sealed class RoomEventAppliedEventArgs(RoomEvent roomEvent, RoomState before, RoomState after) : EventArgs
{
    public string RoomCode => After.Code;
    public RoomEvent Event { get; } = roomEvent;
    public RoomState Before { get; } = before;
    public RoomState After { get; } = after;
}
