namespace TeamDrill.Shared.Leagues;

/// <summary>One drill of a round: its room number (from 1), who plays the agent, who the customer, who scores.</summary>
public sealed record ScheduledDrill(int Room, string AgentId, string CustomerId, IReadOnlyList<string> ScorerIds)
{
    /// <summary>Everyone in the room: agent, customer, then the scorers.</summary>
    public IEnumerable<string> Members => new[] { AgentId, CustomerId }.Concat(ScorerIds);
}
