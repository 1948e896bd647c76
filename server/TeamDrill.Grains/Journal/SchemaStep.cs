namespace TeamDrill.Grains.Journal;

/// <summary>
/// One step of the storage schema's upgrade path: the statements that bring a database from
/// <c>Version − 1</c> to <paramref name="Version"/>. Each statement is safe to repeat, so a step
/// interrupted before its version was recorded runs again cleanly.
/// </summary>
/// <param name="Version">The schema version the database is at after this step.</param>
/// <param name="What">What the step adds, for the start-up line.</param>
/// <param name="Sql">The statements, in this dialect.</param>
public sealed record SchemaStep(int Version, string What, IReadOnlyList<string> Sql);
