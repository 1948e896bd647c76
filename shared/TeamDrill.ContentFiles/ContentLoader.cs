using TeamDrill.Shared.Content;

namespace TeamDrill.ContentFiles;

/// <summary>
/// The thin disk-reading shell around <see cref="ContentCompiler"/>: the hosts read folders here, the
/// shared domain only ever sees their text.
/// </summary>
public static class ContentLoader
{
    /// <summary>Reads and validates the folders; later folders override earlier ones by card id.</summary>
    public static ContentLoadResult LoadFolders(IEnumerable<string> folders) =>
        ContentCompiler.Compile(folders.Select(ReadFolder).ToList());

    public static ContentLoadResult LoadFolder(string folder) => LoadFolders([folder]);

    public static ContentFolder ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new ContentFolder(folder, [], null, null, Missing: true);
        }

        var cardsDir = Path.Combine(folder, ContentCompiler.CardsFolderName);
        var cards = Directory.Exists(cardsDir)
            ? Directory.EnumerateFiles(cardsDir)
                .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(Read)
                .ToList()
            : [];
        return new ContentFolder(folder, cards, ReadIfPresent(folder, ContentCompiler.RubricFileName), ReadIfPresent(folder, ContentCompiler.PhrasebookFileName));
    }

    /// <summary>The shipped content folder: walks up from <paramref name="start"/> to the folder holding TeamDrill.sln and returns its content/.</summary>
    public static string? FindShippedContent(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamDrill.sln")))
            {
                var content = Path.Combine(dir.FullName, "content");
                return Directory.Exists(content) ? content : null;
            }

            var besideBinary = Path.Combine(dir.FullName, "content", ContentCompiler.RubricFileName);
            if (File.Exists(besideBinary))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        return null;
    }

    private static ContentFile? ReadIfPresent(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? Read(path) : null;
    }

    private static ContentFile Read(string path) => new(path, File.ReadAllText(path));
}
