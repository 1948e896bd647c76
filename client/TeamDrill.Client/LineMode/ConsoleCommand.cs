using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.LineMode;

/// <summary>One line the player typed, understood. Plain text is <see cref="SayCommand"/>; the rest are slash commands.</summary>
public abstract record ConsoleCommand;

public sealed record SayCommand(string Text) : ConsoleCommand;
public sealed record HelpCommand : ConsoleCommand;
public sealed record CreateCommand : ConsoleCommand;
public sealed record JoinCommand(string Code) : ConsoleCommand;
public sealed record LeaveCommand : ConsoleCommand;
public sealed record RoomCommand : ConsoleCommand;
public sealed record RoleCommand(string Player, DrillRole Role) : ConsoleCommand;
public sealed record AutoCommand : ConsoleCommand;
public sealed record StartCommand(string? CardId) : ConsoleCommand;
public sealed record CardsCommand : ConsoleCommand;
public sealed record AngerCommand(int Level) : ConsoleCommand;
public sealed record TagCommand(int MessageNumber, string Technique, TagPolarity Polarity) : ConsoleCommand;
public sealed record EndCommand(CallOutcome Outcome) : ConsoleCommand;
public sealed record RubricCommand : ConsoleCommand;

/// <summary>Scores either in rubric order (<see cref="Positional"/>) or by criterion (<see cref="Named"/>); null is N/A.</summary>
public sealed record ScoreCommand(IReadOnlyList<int?> Positional, IReadOnlyList<KeyValuePair<string, int?>> Named) : ConsoleCommand;

public sealed record CloseCommand : ConsoleCommand;
/// <summary>The reflection: <see cref="Text"/> is what worked; <see cref="DoDifferently"/> is set when the line had the "|" part.</summary>
public sealed record ReflectCommand(string Text, string? DoDifferently = null) : ConsoleCommand;
public sealed record SupportCommand(string Text) : ConsoleCommand;
public sealed record FidelityCommand(int Score) : ConsoleCommand;
public sealed record SaveCommand(int DrillNumber, string? Path) : ConsoleCommand;
public sealed record RemoveCommand(string Player) : ConsoleCommand;
public sealed record UnbanCommand(string Player) : ConsoleCommand;
public sealed record MuteCommand(string Player) : ConsoleCommand;
public sealed record UnmuteCommand(string Player) : ConsoleCommand;
public sealed record PauseCommand : ConsoleCommand;
public sealed record ResumeCommand : ConsoleCommand;
public sealed record EndNowCommand : ConsoleCommand;
/// <summary>The host's projector link: a new one, or (<see cref="Off"/>) the open one revoked.</summary>
public sealed record ProjectorCommand(bool Off) : ConsoleCommand;
public sealed record HistoryCommand : ConsoleCommand;
public sealed record DebriefCommand(string? Code, int DrillNumber) : ConsoleCommand;
public sealed record QuitCommand : ConsoleCommand;
