using TeamDrill.ContentFiles;
using TeamDrill.Shared.Content;

namespace TeamDrill.Tests.Content;

/// <summary>Finds and loads the repository's shipped content/ folder once per test run.</summary>
internal static class RepoContent
{
    private static readonly Lazy<ContentLoadResult> Loaded = new(() => ContentLoader.LoadFolders([Folder]));

    public static string Root
    {
        get
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

    public static string Folder => Path.Combine(Root, "content");

    public static ContentLoadResult Result => Loaded.Value;

    public static ContentSet Set => Result.Content ?? throw new InvalidOperationException(
        "shipped content is invalid:\n" + string.Join("\n", Result.Problems));
}
