namespace TeamDrill.Shared.Content;

/// <summary>An agent behaviour or phrase that moves the anger meter, and by how much (always positive; the list it is in says which way).</summary>
public sealed record AngerShift(string When, int Amount)
{
    /// <summary>Ids of the rubric criteria this trigger or soother tests.</summary>
    public IReadOnlyList<string> Tests { get; init; } = [];
}
