namespace TeamDrill.Server.Backups;

/// <summary>
/// The data folder's lock file, <c>teamdrill.lock</c>. A running server holds it shared (several
/// processes may serve one folder); a restore holds it alone, so neither starts while the other works.
/// The operating system drops the lock when its process ends, however it ends.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    public const string FileName = "teamdrill.lock";

    private readonly FileStream _held;

    private DataFolderLock(FileStream held) => _held = held;

    /// <summary>Held by a running server; null when a restore is under way on the folder.</summary>
    public static DataFolderLock? TryHoldForServer(string dataDirectory) => TryHold(dataDirectory, FileShare.ReadWrite);

    /// <summary>Held by a restore; null when a server runs on the folder (or another restore does).</summary>
    public static DataFolderLock? TryHoldForRestore(string dataDirectory) => TryHold(dataDirectory, FileShare.None);

    public void Dispose() => _held.Dispose();

    private static DataFolderLock? TryHold(string dataDirectory, FileShare share)
    {
        Directory.CreateDirectory(dataDirectory);
        try
        {
            // On Linux and macOS .NET takes flock(): FileShare.None is exclusive, any other share mode shared.
            return new DataFolderLock(new FileStream(
                Path.Combine(dataDirectory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, share));
        }
        catch (IOException)
        {
            return null;
        }
    }
}
