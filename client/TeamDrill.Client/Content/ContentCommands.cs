using System.CommandLine;
using TeamDrill.Shared.Content;

namespace TeamDrill.Client.Content;

/// <summary>
/// <c>teamdrill content check [DIR...]</c> and <c>teamdrill content report [DIR...]</c>: validate a
/// facilitator's content folders and show how well the deck covers difficulties, criteria and families.
/// Several folders are read the way the server reads them: later ones override earlier ones by card id.
/// </summary>
public static class ContentCommands
{
    public const string DefaultFolder = "content";

    public static Command Build()
    {
        // Typed alone it prints its help; exit 1 as before, when it was a parse error.
        var content = CommandGroup.Create("content", "Check and report on prompt cards, the rubric and the phrasebook.", exitCode: 1);
        content.Subcommands.Add(Subcommand("check", "Validate content folders; exits non-zero if anything is wrong.", Check));
        content.Subcommands.Add(Subcommand("report", "Print the coverage table: cards per difficulty, per criterion and per situation family.", Report));
        return content;
    }

    public static int Check(string dir, TextWriter stdout, TextWriter stderr) => Check([dir], stdout, stderr);

    public static int Check(IReadOnlyList<string> dirs, TextWriter stdout, TextWriter stderr)
    {
        var result = ContentLoader.LoadFolders(dirs);
        if (!result.IsValid)
        {
            WriteProblems(result, stderr);
            return 1;
        }

        var set = result.Content!;
        WriteWarnings(result, stderr);
        stdout.WriteLine($"OK: {set.Cards.Count} cards, {set.Rubric.Criteria.Count} rubric criteria, {set.Phrasebook.Entries.Count} phrases in {string.Join(", ", dirs)}.");
        return 0;
    }

    public static int Report(string dir, TextWriter stdout, TextWriter stderr) => Report([dir], stdout, stderr);

    public static int Report(IReadOnlyList<string> dirs, TextWriter stdout, TextWriter stderr)
    {
        var result = ContentLoader.LoadFolders(dirs);
        if (!result.IsValid)
        {
            WriteProblems(result, stderr);
            stderr.WriteLine("Fix these first; the report only covers valid content.");
            return 1;
        }

        WriteWarnings(result, stderr);
        CoverageTable.Write(CoverageReport.Compute(result.Content!), stdout);
        return 0;
    }

    private static Command Subcommand(string name, string description, Func<IReadOnlyList<string>, TextWriter, TextWriter, int> run)
    {
        var dirs = new Argument<string[]>("DIR")
        {
            Description = $"Content folders, later ones overriding earlier ones by card id (default: ./{DefaultFolder}).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command(name, description) { dirs };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(dirs) ?? [];
            var folders = given.Length == 0 ? new[] { DefaultFolder } : given;
            return run(folders, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    private static void WriteProblems(ContentLoadResult result, TextWriter stderr)
    {
        foreach (var problem in result.Problems)
        {
            stderr.WriteLine(problem.ToString());
        }

        var count = result.Errors.Count();
        stderr.WriteLine($"{count} problem{(count == 1 ? "" : "s")} found.");
    }

    /// <summary>Warnings do not fail a check, but a facilitator should see them.</summary>
    private static void WriteWarnings(ContentLoadResult result, TextWriter stderr)
    {
        var warnings = result.Warnings.ToList();
        foreach (var warning in warnings)
        {
            stderr.WriteLine(warning.ToString());
        }

        if (warnings.Count > 0)
        {
            stderr.WriteLine($"{warnings.Count} warning{(warnings.Count == 1 ? "" : "s")}.");
        }
    }
}
