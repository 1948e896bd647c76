using System.CommandLine;
using System.CommandLine.Completions;
using TeamDrill.Server.Backups;

namespace TeamDrill.Server.Hosting;

/// <summary>
/// The server's flags, one per declared setting. A flag overrides the same setting from appsettings.json
/// and <c>TEAMDRILL__...</c> environment variables; <c>--help</c> lists them with their defaults.
/// </summary>
public static class ServerCommandLine
{
    /// <summary>Parses the flags into configuration overrides, or returns the exit code when it printed help or errors.</summary>
    public static int? TryParse(string[] args, TextWriter output, TextWriter error, out Dictionary<string, string?> overrides) =>
        TryParse(args, output, error, out overrides, out _);

    /// <summary>As above, and the data command (backup, restore) when one was given instead of starting the server.</summary>
    public static int? TryParse(
        string[] args, TextWriter output, TextWriter error, out Dictionary<string, string?> overrides, out DataCommand? command)
    {
        command = null;
        var root = new RootCommand(
            "TeamDrill server: the Orleans silo and the SignalR edge. Each flag can also be set in appsettings.json "
            + "(TeamDrill:CallTimeLimit) or as an environment variable (TEAMDRILL__CALLTIMELIMIT).");
        var flags = ServerSettings.Declared.Select(setting => (Option: FlagFor(setting), Setting: setting)).ToList();
        foreach (var (option, _) in flags)
        {
            // Recursive: backup and restore read --data, --storage and --postgres as the server does.
            option.Recursive = true;
            root.Options.Add(option);
        }

        var backupTo = new Option<string>("--to") { Description = "the new backup file (it must not exist yet)", HelpName = "file", Required = true };
        var backup = new Command(DataCommand.Backup, "copy the stored data to a file while the server runs (SQLite; PostgreSQL: prints the pg_dump command)")
        {
            backupTo,
        };
        var restoreFrom = new Option<string>("--from") { Description = "the backup file to restore", HelpName = "file", Required = true };
        var restore = new Command(DataCommand.Restore, "replace the stored data with a backup; the server must be stopped")
        {
            restoreFrom,
        };
        root.Subcommands.Add(backup);
        root.Subcommands.Add(restore);

        // Each command runs in the caller (the server, backup, restore); an action of its own only tells
        // System.CommandLine that a command is complete without a subcommand.
        foreach (var runnable in new[] { root, backup, restore })
        {
            runnable.SetAction(_ => 0);
        }

        overrides = [];
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run with --help to see the settings.");
            return 2;
        }

        if (result.Action is not null && result.Action != result.CommandResult.Command.Action)
        {
            // --help or --version: let System.CommandLine print it.
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        var chosen = result.CommandResult.Command;
        command = chosen == backup ? new DataCommand(DataCommand.Backup, result.GetValue(backupTo)!)
            : chosen == restore ? new DataCommand(DataCommand.Restore, result.GetValue(restoreFrom)!)
            : null;
        foreach (var (option, setting) in flags)
        {
            // Only what was typed: a switch left out would otherwise read as an implicit false over appsettings.json.
            if (result.GetResult(option) is not { Implicit: false })
            {
                continue;
            }

            if (option is Option<string[]> list)
            {
                var items = result.GetValue(list) ?? [];
                for (var i = 0; i < items.Length; i++)
                {
                    overrides[$"{setting.ConfigurationPath}:{i}"] = items[i];
                }
            }
            else if (option is Option<bool> toggle)
            {
                overrides[setting.ConfigurationPath] = DeclaredSetting.Format(result.GetValue(toggle));
            }
            else
            {
                overrides[setting.ConfigurationPath] = result.GetValue((Option<string>)option);
            }
        }

        return null;
    }

    private static Option FlagFor(DeclaredSetting setting)
    {
        // Values are taken as text and checked with the settings, so a bad flag and a bad file value get the same message.
        if (setting.IsList)
        {
            return new Option<string[]>(setting.Flag) { Description = setting.Help, HelpName = setting.HelpName, AllowMultipleArgumentsPerToken = false };
        }

        if (setting.IsSwitch)
        {
            return new Option<bool>(setting.Flag) { Description = setting.Help, Arity = ArgumentArity.ZeroOrOne };
        }

        var option = new Option<string>(setting.Flag) { Description = setting.Help, HelpName = setting.HelpName };
        if (setting.Choices.Count > 0)
        {
            option.CompletionSources.Add(_ => setting.Choices.Select(c => new CompletionItem(c)));
        }

        return option;
    }
}
