using System.CommandLine;
using System.CommandLine.Help;

namespace TeamDrill.Client;

/// <summary>A command that only groups others: typed alone it prints its help (so its usage line runs as typed) and exits with <c>exitCode</c>.</summary>
public static class CommandGroup
{
    public static Command Create(string name, string description, int exitCode)
    {
        var group = new Command(name, description);
        group.SetAction(parseResult =>
        {
            new HelpAction().Invoke(parseResult);
            return exitCode;
        });
        return group;
    }
}
