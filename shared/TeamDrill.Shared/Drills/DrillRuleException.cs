namespace TeamDrill.Shared.Drills;

/// <summary>
/// An action the rules refuse. Thrown before anything changes, so the room is exactly as it was.
/// The message is shown to the player as it is.
/// </summary>
public class DrillRuleException : Exception
{
    public DrillRuleException(string message) : base(message)
    {
    }

    public DrillRuleException()
    {
    }

    public DrillRuleException(string message, Exception inner) : base(message, inner)
    {
    }
}
