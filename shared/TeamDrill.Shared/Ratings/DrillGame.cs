namespace TeamDrill.Shared.Ratings;

/// <summary>
/// A drill seen as a game between the agent and the card: the agent scores <see cref="AgentScore"/>
/// (the normalized consensus, 0 to 1) and the card the mirrored 1 - <see cref="AgentScore"/>.
/// </summary>
public sealed record DrillGame(string AgentId, string CardId, double AgentScore);
