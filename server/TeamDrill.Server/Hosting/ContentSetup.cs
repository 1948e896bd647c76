using TeamDrill.Grains.Content;
using TeamDrill.Shared.Content;

namespace TeamDrill.Server.Hosting;

public static class ContentSetup
{
    /// <summary>
    /// Loads and checks the content folders for the silo; false, with every problem written to
    /// <paramref name="error"/>, when the content is invalid.
    /// </summary>
    public static bool TryAddTeamDrillContent(this WebApplicationBuilder builder, ContentOptions options, TextWriter error)
    {
        var folders = ContentFolders(options);
        var loaded = ContentLoader.LoadFolders(folders);
        if (!loaded.IsValid)
        {
            error.WriteLine($"The content is invalid ({loaded.Problems.Count} problems); the server will not start:");
            foreach (var problem in loaded.Problems)
            {
                error.WriteLine(problem.ToString());
            }

            return false;
        }

        builder.Services.AddSingleton(new LoadedContent(folders, loaded.Content!.Cards.Count));
        builder.Services.AddSingleton<IContentCatalog>(new ContentCatalog(loaded.Content!));
        return true;
    }

    private static IReadOnlyList<string> ContentFolders(ContentOptions options)
    {
        if (options.ContentFolders.Count > 0)
        {
            return options.ContentFolders.Select(Path.GetFullPath).ToList();
        }

        var shipped = ContentLoader.FindShippedContent(Directory.GetCurrentDirectory())
            ?? ContentLoader.FindShippedContent(AppContext.BaseDirectory)
            ?? Path.GetFullPath("content");
        return [shipped];
    }
}
