namespace TeamDrill.Client.LineMode;

/// <summary>The flags of <c>teamdrill console</c>. Server and name fall back to the last ones used.</summary>
public sealed record ConsoleOptions(string? Server, string? Name, string? Room);
