namespace TeamDrill.Shared.Drills;

/// <summary>
/// The room could not be read or saved just now (its storage is down, or it is moving to another
/// server). The action was not acknowledged; trying again in a moment is safe. The message is shown to
/// the player as it is.
/// </summary>
public sealed class RoomUnavailableException : Exception
{
    public RoomUnavailableException(string message) : base(message)
    {
    }

    public RoomUnavailableException()
    {
    }

    public RoomUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }
}
