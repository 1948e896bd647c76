namespace TeamDrill.Shared.Leagues;

/// <summary>A table ready to render: column headers, which columns hold numbers (right-aligned in Markdown), and text cells.</summary>
public sealed record ExportTable(IReadOnlyList<string> Headers, IReadOnlyList<bool> Numeric, IReadOnlyList<IReadOnlyList<string>> Rows);
