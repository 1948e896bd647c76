namespace TeamDrill.LoadTest.Cli;

public enum RunMode
{
    /// <summary>Rooms of 8 sending on a schedule, measured from several angles (the default).</summary>
    Load,

    /// <summary>One room, thousands of messages, closed loop: how the cost of a send grows with the room.</summary>
    Growth,

    /// <summary>Many connections doing nothing: the server's memory per idle connection.</summary>
    Idle,
}
