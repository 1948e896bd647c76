namespace TeamDrill.Client.Leagues;

/// <summary>The command line itself was wrong: exit code 2.</summary>
public sealed class LeagueUsageException(string message) : Exception(message);
