using TeamDrill.Client.Text;
using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Content;

namespace TeamDrill.Client.Tui;

/// <summary>
/// The debrief screen's x: a drill's archive written as the shared <see cref="DrillArchiveMarkdown"/>
/// (the same document as <c>teamdrill export</c>) into the export folder. Screens never write files.
/// </summary>
public sealed class DebriefExport(string folder, Func<Phrasebook?> phrasebook)
{
    public string Folder => folder;

    public static string FileName(string roomCode, int drillNumber) =>
        $"teamdrill-{DisplayText.Clean(roomCode).ToLowerInvariant()}-drill{drillNumber}.md";

    /// <summary>Writes the file; returns the notice for the screen: where it went, or why not (starting with "!").</summary>
    /// <remarks>Synchronous: a few kilobytes, written on the UI thread, so the notice needs no marshalling.</remarks>
    public string Write(DrillArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var path = Path.Combine(folder, FileName(archive.RoomCode, archive.DrillNumber));
        try
        {
            File.WriteAllText(path, DrillArchiveMarkdown.Render(archive, phrasebook()));
            return $"Saved {path}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"! could not write {path}: {e.Message}";
        }
    }
}
