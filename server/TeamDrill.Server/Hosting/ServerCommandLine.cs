using System.CommandLine;
using System.CommandLine.Completions;

namespace TeamDrill.Server.Hosting;

/// <summary>
/// The server's flags, one per declared setting. A flag overrides the same setting from appsettings.json
/// and <c>TEAMDRILL__...</c> environment variables; <c>--help</c> lists them with their defaults.
/// </summary>
public static class ServerCommandLine
{
    /// <summary>Parses the flags into configuration overrides, or returns the exit code when it printed help or errors.</summary>
    public static int? TryParse(string[] args, TextWriter output, TextWriter error, out Dictionary<string, string?> overrides)
    {
        var root = new RootCommand(
            "TeamDrill server: the Orleans silo and the SignalR edge. Each flag can also be set in appsettings.json "
            + "(TeamDrill:CallTimeLimit) or as an environment variable (TEAMDRILL__CALLTIMELIMIT).");
        var flags = ServerSettings.Declared.Select(setting => (Option: FlagFor(setting), Setting: setting)).ToList();
        foreach (var (option, _) in flags)
        {
            root.Options.Add(option);
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

        if (result.Action is not null)
        {
            // --help or --version: let System.CommandLine print it.
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        foreach (var (option, setting) in flags)
        {
            if (result.GetResult(option) is null)
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
