namespace TeamDrill.Server.Hosting;

/// <summary>What content the silo started with, for the start-up line.</summary>
public sealed record LoadedContent(IReadOnlyList<string> Folders, int CardCount);
