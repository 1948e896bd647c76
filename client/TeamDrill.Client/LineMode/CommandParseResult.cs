namespace TeamDrill.Client.LineMode;

/// <summary>A parsed line: a command, an error to show (and nothing sent), or neither for a blank line.</summary>
public sealed record CommandParseResult(ConsoleCommand? Command, string? Error)
{
    public static readonly CommandParseResult Nothing = new(null, null);

    public static CommandParseResult Ok(ConsoleCommand command) => new(command, null);

    public static CommandParseResult Fail(string error) => new(null, error);
}
