namespace TeamDrill.Shared.Leagues;

/// <summary>What a league exports; a report is typed as its name in lower case ("standings").</summary>
public enum LeagueReport
{
    Standings,
    Judges,
    Fidelity,
    Profiles,
    Calibration,
    Cards,
}
