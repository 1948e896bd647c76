namespace TeamDrill.Shared.Leagues;

/// <summary>The formats a league report exports as: typed csv, md (or markdown) and json.</summary>
public enum ExportFormat
{
    Csv,
    Markdown,
    Json,
}
