namespace TeamDrill.Shared.Content;

/// <summary>One line of the coverage table: how many cards have this difficulty, criterion or family, against the target.</summary>
public sealed record CoverageRow(string Key, string Label, int Cards, int Target)
{
    public bool MeetsTarget => Cards >= Target;

    public int Missing => Math.Max(0, Target - Cards);

    /// <summary>For a criterion row: how many triggers, soothers, hidden facts and boundary lines test it; null for other rows.</summary>
    public int? Mechanics { get; init; }
}
