namespace TeamDrill.Shared.Content;

/// <summary>
/// What one content folder holds, already read from disk: its card files, and its rubric and
/// phrasebook when it has them. <see cref="Missing"/> marks a folder that does not exist.
/// </summary>
public sealed record ContentFolder(
    string Path,
    IReadOnlyList<ContentFile> Cards,
    ContentFile? Rubric,
    ContentFile? Phrasebook,
    bool Missing = false);
