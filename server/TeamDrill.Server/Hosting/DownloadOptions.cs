using TeamDrill.Grains.Settings;

namespace TeamDrill.Server.Hosting;

/// <summary>Where the published clients that <c>GET /download</c> hands out are, read from the <see cref="Section"/> settings.</summary>
public sealed class DownloadOptions
{
    public const string Section = SettingSections.Root;

    [Setting("folder of the published clients that /download serves; a relative one is looked for here, then above the server's folder", Flag = "--downloads", Takes = "folder")]
    public string DownloadsFolder { get; set; } = "artifacts/downloads";

    /// <summary>
    /// The folder to serve. A relative setting is found from where the server was started, or above its
    /// binary (a server published by build/publish.sh sits in artifacts/server/RID, beside artifacts/downloads).
    /// </summary>
    public string ResolveFolder()
    {
        if (Path.IsPathRooted(DownloadsFolder))
        {
            return Path.GetFullPath(DownloadsFolder);
        }

        var fromWorkingFolder = Path.GetFullPath(DownloadsFolder);
        if (Directory.Exists(fromWorkingFolder))
        {
            return fromWorkingFolder;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DownloadsFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return fromWorkingFolder;
    }
}
