namespace TeamDrill.Shared.Leagues;

/// <summary>One report ready to render: its table (CSV and Markdown), what its JSON holds, and a line under its Markdown table.</summary>
public sealed record ReportContent(ExportTable Table, object Json, string? Footnote = null);
