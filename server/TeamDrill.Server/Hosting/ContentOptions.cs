using TeamDrill.Grains.Settings;

namespace TeamDrill.Server.Hosting;

/// <summary>Which cards and scenarios the silo serves, read from the <see cref="Section"/> settings.</summary>
public sealed class ContentOptions
{
    public const string Section = SettingSections.Root;

    [Setting("a content folder; repeat it for several, later ones override earlier ones by card id (none: the shipped content)", Flag = "--content", Takes = "folder")]
    public List<string> ContentFolders { get; set; } = [];
}
