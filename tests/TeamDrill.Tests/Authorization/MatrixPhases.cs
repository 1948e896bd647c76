namespace TeamDrill.Tests.Authorization;

/// <summary>The phases the room under test is driven to; a row allows a role in a set of them.</summary>
[Flags]
public enum MatrixPhases
{
    None = 0,
    InLobby = 1,
    InCall = 2,
    /// <summary>The call, paused by the host.</summary>
    InPause = 4,
    InScoring = 8,
    InDebrief = 16,
    BetweenDrills = InLobby | InDebrief,
    DuringCall = InCall | InPause,
    Any = InLobby | InCall | InPause | InScoring | InDebrief,
}
