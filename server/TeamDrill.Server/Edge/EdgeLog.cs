namespace TeamDrill.Server.Edge;

/// <summary>Log lines more than one edge class writes.</summary>
public static partial class EdgeLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId} of player {PlayerId} had {Count} calls refused within a minute")]
    public static partial void RefusalsSummary(ILogger logger, string connectionId, string playerId, int count);
}
