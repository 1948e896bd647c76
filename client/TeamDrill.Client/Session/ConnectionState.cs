namespace TeamDrill.Client.Session;

/// <summary>The connection to the edge as a player would describe it.</summary>
public enum ConnectionState
{
    Disconnected = 0,
    Connecting = 1,
    /// <summary>Connected; rooms joined before the connection dropped are being re-joined and resynced.</summary>
    Connected = 2,
    /// <summary>The connection dropped; retrying with backoff, forever.</summary>
    Reconnecting = 3,
    /// <summary>Connected again and every room has caught up with what it missed.</summary>
    Resynced = 4,
}
