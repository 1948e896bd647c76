using Microsoft.Extensions.Logging;
using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Archives;

/// <summary>Writes each finished drill as a <c>.tdrill</c> file under the data folder's <c>archives/</c>.</summary>
public sealed partial class DrillArchiveStore(string folder, ILogger<DrillArchiveStore> logger)
{
    public string Folder { get; } = folder;

    public static DrillArchive ToArchive(Debrief debrief, DateTimeOffset scoredAt) =>
        DrillArchive.FromDebrief(debrief, debrief.CardVersion, debrief.Rubric, scoredAt, debrief.Reflection, debrief.Fidelity);

    /// <summary>Writes through a temporary file and a rename, so a crash never leaves half an archive.</summary>
    public async Task SaveAsync(Debrief debrief, DateTimeOffset scoredAt)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var path = Path.Combine(Folder, DrillArchiveFormat.FileName(debrief.RoomCode, debrief.DrillNumber));
            var temporary = path + ".tmp";
            await File.WriteAllBytesAsync(temporary, DrillArchiveWriter.ToBytes(ToArchive(debrief, scoredAt)));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The debrief is already stored with the room; the file is a convenience copy.
            LogSaveFailed(ex, debrief.RoomCode, debrief.DrillNumber);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the archive of drill {DrillNumber} in room {RoomCode}")]
    private partial void LogSaveFailed(Exception exception, string roomCode, int drillNumber);
}
