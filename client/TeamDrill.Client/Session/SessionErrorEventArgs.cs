namespace TeamDrill.Client.Session;

/// <summary>Something failed in the background (a resync, a restart) that no caller is awaiting.</summary>
public sealed class SessionErrorEventArgs(string message) : EventArgs
{
    public string Message { get; } = message;
}
