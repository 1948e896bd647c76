namespace TeamDrill.Client.Session;

public sealed class ConnectionStateChangedEventArgs(ConnectionState state, string? reason) : EventArgs
{
    public ConnectionState State { get; } = state;
    /// <summary>Why the connection dropped, when it did and the transport said.</summary>
    public string? Reason { get; } = reason;
}
