using TeamDrill.Grains.Storage;
using TeamDrill.Server.Hosting;

namespace TeamDrill.Server.Backups;

/// <summary>
/// <c>teamdrill-server backup --to FILE</c> and <c>restore --from FILE</c>: they read the same settings as
/// the server (appsettings.json, TEAMDRILL__ variables, flags) to find the data. Each refusal is one
/// sentence on the error stream, exit code 1, and leaves every file as it was.
/// </summary>
public static class DataCommands
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (ServerCommandLine.TryParse(args, output, error, out var flags, out var command) is int code)
        {
            return code;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(flags)
            .Build();
        var settings = ServerSettings.Read(configuration, out var problems);
        if (problems.Count > 0 || command is null)
        {
            foreach (var problem in problems)
            {
                error.WriteLine(problem);
            }

            return 2;
        }

        var storage = settings.Storage;
        var (ok, message) = command.Name == DataCommand.Backup
            ? Backup(storage, command.File)
            : Restore(storage, command.File);
        (ok ? output : error).WriteLine(message);
        return ok ? 0 : 1;
    }

    private static (bool Ok, string Message) Backup(StorageOptions storage, string file)
    {
        if (storage.Dialect == StorageDialect.Postgres)
        {
            return (false, "The data is in PostgreSQL: back it up with PostgreSQL's own tool, which asks for the password "
                + $"(or reads PGPASSWORD), while the server runs:\n  {PostgresCommands.Dump(storage.PostgresConnectionString, file)}");
        }

        var database = DatabasePath(storage);
        var target = Path.GetFullPath(file);
        if (!File.Exists(database))
        {
            return (false, $"There is no TeamDrill database in {Path.GetFullPath(storage.DataDirectory)} (no {RelationalStorageExtensions.SqliteFileName}); nothing was backed up.");
        }

        if (File.Exists(target))
        {
            return (false, $"{file} already exists; give a new file name, so that no backup is overwritten.");
        }

        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            return (false, $"The folder {Path.GetDirectoryName(target)} does not exist; create it first.");
        }

        SqliteBackup.Copy(database, target);
        if (DatabaseFile.Check(target, file, out var copied) is { } problem)
        {
            File.Delete(target);
            return (false, $"The copy failed its check and was removed: {problem}");
        }

        return (true, $"Backed up {copied!.Describe()} to {target} ({new FileInfo(target).Length / 1024} KB).");
    }

    private static (bool Ok, string Message) Restore(StorageOptions storage, string file)
    {
        if (storage.Dialect == StorageDialect.Postgres)
        {
            return (false, "The data is in PostgreSQL: stop every server, then restore with PostgreSQL's own tool, which asks "
                + $"for the password (or reads PGPASSWORD):\n  {PostgresCommands.Restore(storage.PostgresConnectionString, file)}");
        }

        if (!File.Exists(file))
        {
            return (false, $"There is no file {file}; nothing was restored.");
        }

        var folder = Path.GetFullPath(storage.DataDirectory);
        using var held = DataFolderLock.TryHoldForRestore(folder);
        if (held is null)
        {
            return (false, $"A TeamDrill server is running on {folder}; stop it first (it would undo the restore). Nothing was restored.");
        }

        // Checked on a copy beside the database, so the backup file is only read and the final move is a rename.
        var database = DatabasePath(storage);
        var incoming = database + ".restoring";
        SqliteBackup.DeleteWithSidecars(incoming);
        File.Copy(file, incoming);
        if (DatabaseFile.Check(incoming, file, out var found) is { } problem)
        {
            SqliteBackup.DeleteWithSidecars(incoming);
            return (false, $"{problem} Nothing was restored.");
        }

        var kept = "";
        if (File.Exists(database))
        {
            var previous = $"{database}.before-restore-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
            SqliteBackup.Copy(database, previous);
            kept = $" The database it replaced is kept as {previous}.";
        }

        SqliteBackup.DeleteWithSidecars(database);
        File.Move(incoming, database);
        var upgrade = found!.SchemaVersion < Grains.Journal.JournalDatabase.SchemaVersion
            ? $" The server upgrades it to schema {Grains.Journal.JournalDatabase.SchemaVersion} when it starts."
            : "";
        return (true, $"Restored {found.Describe()} from {file} into {folder}.{upgrade}{kept}");
    }

    private static string DatabasePath(StorageOptions storage) =>
        Path.Combine(Path.GetFullPath(storage.DataDirectory), RelationalStorageExtensions.SqliteFileName);
}
