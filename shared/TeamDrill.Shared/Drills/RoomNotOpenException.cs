namespace TeamDrill.Shared.Drills;

/// <summary>
/// The one refusal for a room code that is not the caller's: no such room, or a room they are not a member
/// of. Every method gives the same sentence, so a stranger learns nothing about a code (not whether it
/// exists, nor its phase); the edge counts it as a wrong code.
/// </summary>
public sealed class RoomNotOpenException : DrillRuleException
{
    public RoomNotOpenException(string message) : base(message)
    {
    }

    public RoomNotOpenException()
    {
    }

    public RoomNotOpenException(string message, Exception inner) : base(message, inner)
    {
    }

    public static string Sentence(string code) => $"No room {code} is open to you: check the code with whoever created the room.";

    public static RoomNotOpenException For(string code) => new(Sentence(code));
}
