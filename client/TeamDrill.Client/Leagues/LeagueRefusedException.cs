namespace TeamDrill.Client.Leagues;

/// <summary>The server (or the network) refused a league command: exit code 1, the reason on stderr.</summary>
public sealed class LeagueRefusedException(string message) : Exception(message);
