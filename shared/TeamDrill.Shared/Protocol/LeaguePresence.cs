namespace TeamDrill.Shared.Protocol;

/// <summary>Whether a league member plays in the coming rounds. Stored and sent as a number: append only.</summary>
public enum LeaguePresence
{
    Present = 0,
    /// <summary>Misses the next round only: back to present once a round starts.</summary>
    Absent = 1,
    /// <summary>Misses every round until marked present again.</summary>
    Away = 2,
}
