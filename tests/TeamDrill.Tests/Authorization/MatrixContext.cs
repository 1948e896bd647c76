namespace TeamDrill.Tests.Authorization;

/// <summary>What a row's arguments may name: the room under test, its players, its rubric, and leagues.</summary>
public sealed record MatrixContext(
    string Code, IReadOnlyDictionary<MatrixRole, string> Ids, IReadOnlyList<string> Rubric, string LeagueCode, Func<Task<string>> NewLeague)
{
    public string Id(MatrixRole role) => Ids[role];

    /// <summary>A complete rubric sheet, every criterion scored 3.</summary>
    public Dictionary<string, int?> Sheet() => Rubric.ToDictionary(id => id, _ => (int?)3);
}
