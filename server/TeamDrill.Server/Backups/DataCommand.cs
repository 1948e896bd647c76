namespace TeamDrill.Server.Backups;

/// <summary>A command that works on the stored data instead of starting the server: <c>backup --to FILE</c> or <c>restore --from FILE</c>.</summary>
/// <param name="Name">The command as typed: <see cref="Backup"/> or <see cref="Restore"/>.</param>
/// <param name="File">The backup file it writes or reads.</param>
public sealed record DataCommand(string Name, string File)
{
    public const string Backup = "backup";

    public const string Restore = "restore";

    /// <summary>Whether the command line names a data command rather than starting the server.</summary>
    public static bool IsNamedIn(IReadOnlyList<string> args) => args.Count > 0 && args[0] is Backup or Restore;
}
