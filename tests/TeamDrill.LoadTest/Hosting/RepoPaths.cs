namespace TeamDrill.LoadTest.Hosting;

/// <summary>Where the server binary and the repository's content are, seen from the tool's output folder.</summary>
public static class RepoPaths
{
    /// <summary>The server, copied next to the tool by the ProjectReference.</summary>
    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "teamdrill-server.dll");

    /// <summary>This tool, started again as a worker.</summary>
    public static string ToolDll => Path.Combine(AppContext.BaseDirectory, "TeamDrill.LoadTest.dll");

    /// <summary>
    /// The repository's <c>content/</c> folder (next to TeamDrill.sln above the tool), so the server
    /// plays the cards being worked on; the copy in the output folder when the tool runs elsewhere.
    /// </summary>
    public static string Content()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamDrill.sln")) && Directory.Exists(Path.Combine(dir.FullName, "content")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "content");
    }
}
