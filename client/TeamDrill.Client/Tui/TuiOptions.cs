namespace TeamDrill.Client.Tui;

/// <summary>The flags of <c>teamdrill</c> with no subcommand: prefill the sign-in form, or measure startup.</summary>
public sealed record TuiOptions(string? Server, string? Name, string? Room, bool MeasureStartup);
