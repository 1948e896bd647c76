namespace TeamDrill.Client.Session;

/// <summary>This client stopped following a room: the player left, or the room could not be re-joined.</summary>
public sealed class RoomLeftEventArgs(string roomCode, string? error) : EventArgs
{
    public string RoomCode { get; } = roomCode;
    /// <summary>Why the room was dropped when the player did not ask for it.</summary>
    public string? Error { get; } = error;
}
