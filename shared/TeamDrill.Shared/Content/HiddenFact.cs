namespace TeamDrill.Shared.Content;

/// <summary>Something the customer knows but only says when the agent asks the right question.</summary>
public sealed record HiddenFact(string Fact, string RevealIf)
{
    /// <summary>Ids of the rubric criteria that earning this fact tests.</summary>
    public IReadOnlyList<string> Tests { get; init; } = [];
}
