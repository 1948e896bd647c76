using System.Globalization;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.LineMode;

/// <summary>
/// Turns a typed line into a <see cref="ConsoleCommand"/>, or into an error that says what is wrong;
/// nothing malformed reaches the server. Checks what needs no room state; the rubric's shape is checked
/// later by <see cref="RubricScores"/>.
/// </summary>
public static class CommandParser
{
    public static CommandParseResult Parse(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return CommandParseResult.Nothing;
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return Say(trimmed[1..]);
        }

        if (!trimmed.StartsWith('/'))
        {
            return Say(trimmed);
        }

        var words = trimmed[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return CommandParseResult.Fail("a lone / is not a command (type /help for the list)");
        }

        var name = words[0].ToLowerInvariant();
        var args = words[1..];
        return name switch
        {
            "help" or "?" => NoArgs(name, args, new HelpCommand()),
            "create" => NoArgs(name, args, new CreateCommand()),
            "join" => ParseJoin(args),
            "leave" => NoArgs(name, args, new LeaveCommand()),
            "room" => NoArgs(name, args, new RoomCommand()),
            "role" => ParseRole(args),
            "auto" => NoArgs(name, args, new AutoCommand()),
            "start" => args.Length switch
            {
                0 => CommandParseResult.Ok(new StartCommand(null)),
                1 => CommandParseResult.Ok(new StartCommand(args[0])),
                _ => Usage(CommandHelp.Start),
            },
            "cards" => NoArgs(name, args, new CardsCommand()),
            "anger" => ParseAnger(args),
            "tag" => ParseTag(args),
            "end" => ParseEnd(args),
            "rubric" => NoArgs(name, args, new RubricCommand()),
            "score" => ParseScore(args),
            "close" => NoArgs(name, args, new CloseCommand()),
            "reflect" => ParseReflect(trimmed),
            "support" => ParseSupport(trimmed),
            "fidelity" => ParseFidelity(args),
            "save" => ParseSave(args),
            "pause" => NoArgs(name, args, new PauseCommand()),
            "resume" => NoArgs(name, args, new ResumeCommand()),
            "endnow" => NoArgs(name, args, new EndNowCommand()),
            "projector" => args switch
            {
                [] => CommandParseResult.Ok(new ProjectorCommand(Off: false)),
                [var off] when off.Equals("off", StringComparison.OrdinalIgnoreCase) => CommandParseResult.Ok(new ProjectorCommand(Off: true)),
                _ => Usage(CommandHelp.Projector),
            },
            "remove" => args.Length == 0 ? Usage(CommandHelp.Remove) : CommandParseResult.Ok(new RemoveCommand(string.Join(' ', args))),
            "unban" => args.Length == 0 ? Usage(CommandHelp.Unban) : CommandParseResult.Ok(new UnbanCommand(string.Join(' ', args))),
            "mute" => args.Length == 0 ? Usage(CommandHelp.Mute) : CommandParseResult.Ok(new MuteCommand(string.Join(' ', args))),
            "unmute" => args.Length == 0 ? Usage(CommandHelp.Unmute) : CommandParseResult.Ok(new UnmuteCommand(string.Join(' ', args))),
            "history" => NoArgs(name, args, new HistoryCommand()),
            "debrief" => ParseDebrief(args),
            "quit" or "exit" => NoArgs(name, args, new QuitCommand()),
            _ => CommandParseResult.Fail($"unknown command /{TextSanitizer.Clean(words[0])} (type /help for the list)"),
        };
    }

    private static CommandParseResult Say(string text)
    {
        var clean = TextSanitizer.Clean(text);
        if (clean.Length == 0)
        {
            return CommandParseResult.Nothing;
        }

        return clean.Length > DrillLimits.MaxMessageLength
            ? CommandParseResult.Fail($"message is too long: {clean.Length} characters (the limit is {DrillLimits.MaxMessageLength})")
            : CommandParseResult.Ok(new SayCommand(clean));
    }

    private static CommandParseResult NoArgs(string name, string[] args, ConsoleCommand command) =>
        args.Length == 0 ? CommandParseResult.Ok(command) : CommandParseResult.Fail($"/{name} takes no arguments");

    private static CommandParseResult Usage(string usage) => CommandParseResult.Fail($"usage: {usage}");

    private static CommandParseResult ParseJoin(string[] args)
    {
        if (args.Length != 1)
        {
            return Usage(CommandHelp.Join);
        }

        return RoomCodes.TryNormalize(args[0], out var code)
            ? CommandParseResult.Ok(new JoinCommand(code))
            : BadRoomCode(args[0]);
    }

    private static CommandParseResult BadRoomCode(string text) =>
        CommandParseResult.Fail($"room code must be {RoomCodes.Shape}, not '{TextSanitizer.Clean(text)}'");

    private static CommandParseResult ParseRole(string[] args)
    {
        if (args.Length < 2)
        {
            return Usage(CommandHelp.Role);
        }

        // The role is the last word, so a display name may contain spaces.
        var roleWord = args[^1].ToLowerInvariant();
        DrillRole? role = roleWord switch
        {
            "customer" => DrillRole.Customer,
            "agent" => DrillRole.Agent,
            "scorer" => DrillRole.Scorer,
            "watcher" => DrillRole.None,
            _ => null,
        };
        return role is null
            ? CommandParseResult.Fail($"unknown role '{TextSanitizer.Clean(args[^1])}': use customer, agent, scorer or watcher")
            : CommandParseResult.Ok(new RoleCommand(string.Join(' ', args[..^1]), role.Value));
    }

    private static CommandParseResult ParseReflect(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var text = space < 0 ? "" : TextSanitizer.Clean(line[(space + 1)..]);
        if (text.Length == 0)
        {
            return Usage($"{CommandHelp.Reflect} (what worked | what you would do differently; either side may be empty)");
        }

        if (text.Contains(TeamDrill.Shared.Drills.ReflectionLine.Separator, StringComparison.Ordinal))
        {
            return TeamDrill.Shared.Drills.ReflectionLine.Split(text, out var problem) is { } parts
                ? CommandParseResult.Ok(new ReflectCommand(parts.WhatWorked, parts.DoDifferently))
                : CommandParseResult.Fail(problem!);
        }

        return text.Length > TeamDrill.Shared.Drills.Room.MaxReflectionLength
            ? CommandParseResult.Fail($"the reflection is too long: {text.Length} characters (keep it to one line of at most {TeamDrill.Shared.Drills.Room.MaxReflectionLength})")
            : CommandParseResult.Ok(new ReflectCommand(text));
    }

    private static CommandParseResult ParseSupport(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var text = space < 0 ? "" : TextSanitizer.Clean(line[(space + 1)..]);
        if (text.Length == 0)
        {
            return Usage($"{CommandHelp.Support} (one thing the agent did that helped)");
        }

        return text.Length > TeamDrill.Shared.Drills.Room.MaxSupportLength
            ? CommandParseResult.Fail($"the line of support is too long: {text.Length} characters (keep it to one line of at most {TeamDrill.Shared.Drills.Room.MaxSupportLength})")
            : CommandParseResult.Ok(new SupportCommand(text));
    }

    private static CommandParseResult ParseSave(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            return Usage(CommandHelp.Save);
        }

        return int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? CommandParseResult.Ok(new SaveCommand(number, args.Length == 2 ? args[1] : null))
            : CommandParseResult.Fail($"the drill number must be a whole number from 1, not '{TextSanitizer.Clean(args[0])}'");
    }

    private static CommandParseResult ParseFidelity(string[] args)
    {
        if (args.Length != 1)
        {
            return Usage($"{CommandHelp.Fidelity} (N from {DrillLimits.MinScore} to {DrillLimits.MaxScore})");
        }

        return int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var score)
               && score is >= DrillLimits.MinScore and <= DrillLimits.MaxScore
            ? CommandParseResult.Ok(new FidelityCommand(score))
            : CommandParseResult.Fail($"fidelity must be a whole number from {DrillLimits.MinScore} to {DrillLimits.MaxScore}, not '{TextSanitizer.Clean(args[0])}'");
    }

    private static CommandParseResult ParseAnger(string[] args)
    {
        if (args.Length != 1)
        {
            return Usage($"{CommandHelp.Anger} (N from {DrillLimits.MinAnger} to {DrillLimits.MaxAnger})");
        }

        return int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level)
               && level is >= DrillLimits.MinAnger and <= DrillLimits.MaxAnger
            ? CommandParseResult.Ok(new AngerCommand(level))
            : CommandParseResult.Fail($"anger must be a whole number from {DrillLimits.MinAnger} to {DrillLimits.MaxAnger}, not '{TextSanitizer.Clean(args[0])}'");
    }

    private static CommandParseResult ParseTag(string[] args)
    {
        if (args.Length != 3)
        {
            return Usage(CommandHelp.Tag);
        }

        if (!TryParsePositive(args[0], out var number))
        {
            return CommandParseResult.Fail($"message number must be a positive whole number, not '{TextSanitizer.Clean(args[0])}'");
        }

        TagPolarity? polarity = args[2].ToLowerInvariant() switch
        {
            "+" or "plus" => TagPolarity.Plus,
            "-" or "\u2212" or "minus" => TagPolarity.Minus,
            _ => null,
        };
        if (polarity is null)
        {
            return CommandParseResult.Fail($"polarity must be + or -, not '{TextSanitizer.Clean(args[2])}'");
        }

        return CommandParseResult.Ok(new TagCommand(number, args[1].ToLowerInvariant(), polarity.Value));
    }

    private static CommandParseResult ParseEnd(string[] args)
    {
        if (args.Length != 1)
        {
            return Usage(CommandHelp.End);
        }

        CallOutcome? outcome = args[0].ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) switch
        {
            "resolved" => CallOutcome.Resolved,
            "escalated" => CallOutcome.Escalated,
            "hungup" => CallOutcome.HungUp,
            _ => null,
        };
        return outcome is null
            ? CommandParseResult.Fail($"unknown outcome '{TextSanitizer.Clean(args[0])}': use resolved, escalated or hungup")
            : CommandParseResult.Ok(new EndCommand(outcome.Value));
    }

    private static CommandParseResult ParseScore(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage(CommandHelp.Score);
        }

        var positional = new List<int?>();
        var named = new List<KeyValuePair<string, int?>>();
        foreach (var arg in args)
        {
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var valueText = equals < 0 ? arg : arg[(equals + 1)..];
            if (!TryParseScore(valueText, out var score))
            {
                return CommandParseResult.Fail($"a score must be {DrillLimits.MinScore}-{DrillLimits.MaxScore} or na, not '{TextSanitizer.Clean(valueText)}'");
            }

            if (equals < 0)
            {
                positional.Add(score);
                continue;
            }

            var criterion = arg[..equals].ToLowerInvariant();
            if (criterion.Length == 0)
            {
                return CommandParseResult.Fail($"'{TextSanitizer.Clean(arg)}' names no criterion: write criterion=score");
            }

            if (named.Any(n => n.Key == criterion))
            {
                return CommandParseResult.Fail($"criterion '{TextSanitizer.Clean(criterion)}' is scored twice");
            }

            named.Add(new(criterion, score));
        }

        if (positional.Count > 0 && named.Count > 0)
        {
            return CommandParseResult.Fail("use either scores in rubric order or criterion=score pairs, not both");
        }

        return CommandParseResult.Ok(new ScoreCommand(positional, named));
    }

    private static bool TryParseScore(string text, out int? score)
    {
        score = null;
        if (text.ToLowerInvariant() is "na" or "n/a" or "-")
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value is >= DrillLimits.MinScore and <= DrillLimits.MaxScore)
        {
            score = value;
            return true;
        }

        return false;
    }

    private static CommandParseResult ParseDebrief(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            return Usage(CommandHelp.Debrief);
        }

        string? code = null;
        if (args.Length == 2)
        {
            if (!RoomCodes.TryNormalize(args[0], out var parsed))
            {
                return BadRoomCode(args[0]);
            }

            code = parsed;
        }

        return TryParsePositive(args[^1], out var number)
            ? CommandParseResult.Ok(new DebriefCommand(code, number))
            : CommandParseResult.Fail($"drill number must be a positive whole number, not '{TextSanitizer.Clean(args[^1])}'");
    }

    private static bool TryParsePositive(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
