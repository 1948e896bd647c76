namespace TeamDrill.Shared.Protocol;

/// <summary>The part a room member plays in the current drill.</summary>
public enum DrillRole
{
    None = 0,
    Customer = 1,
    Agent = 2,
    Scorer = 3,
}

/// <summary>Where a room is in its drill cycle.</summary>
public enum DrillPhase
{
    /// <summary>Roles are being set; no drill is running.</summary>
    Lobby = 0,
    /// <summary>Customer and agent are on the call.</summary>
    Call = 1,
    /// <summary>The call has ended; scorers fill the rubric blind.</summary>
    Scoring = 2,
    /// <summary>The debrief is out; the host may start another drill.</summary>
    Debrief = 3,
}

public enum CallOutcome
{
    None = 0,
    Resolved = 1,
    Escalated = 2,
    HungUp = 3,
    TimedOut = 4,
    /// <summary>The host ended the call early.</summary>
    EndedByHost = 5,
}

public enum TagPolarity
{
    Plus = 1,
    Minus = 2,
}
