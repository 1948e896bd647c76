namespace TeamDrill.Grains;

public static class GrainStorageNames
{
    /// <summary>The relational store (SQLite by default) that every grain keeps its state in.</summary>
    public const string Default = "store";
}
