using TeamDrill.Grains.Settings;

namespace TeamDrill.Server.Hosting;

/// <summary>Which cards and scenarios the silo serves and which words names may not contain, read from the <see cref="Section"/> settings.</summary>
public sealed class ContentOptions
{
    public const string Section = SettingSections.Root;

    [Setting("a content folder; repeat it for several, later ones override earlier ones by card id (none: the shipped content)", Flag = "--content", Takes = "folder")]
    public List<string> ContentFolders { get; set; } = [];

    [Setting("a file of words to refuse in player, league and group names, one per line, on top of the shipped content/moderation/blocked-words.txt (none: the shipped list alone)", Flag = "--blocked-words", Takes = "file")]
    public string BlockedWordsFile { get; set; } = "";
}
