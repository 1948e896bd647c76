namespace TeamDrill.Tests.Infrastructure;

public static class RepoPaths
{
    /// <summary>The folder holding TeamDrill.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>A data folder written by main before rooms were journaled.</summary>
    public static string DataFromMainBeforeJournal => Path.Combine(Root, "tests", "TeamDrill.Tests", "Fixtures", "data-from-main-2026-12-01");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamDrill.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TeamDrill.sln not found above " + AppContext.BaseDirectory);
    }
}
