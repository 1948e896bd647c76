using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using TeamDrill.Grains.Journal;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Backups;

/// <summary><c>teamdrill-server restore</c>: what it refuses (and then leaves as it was), and old data it brings back.</summary>
[Collection(ServerCollection.Name)]
public sealed class RestoreTests
{
    private const string Ana = "By4oYP1rE2Z4x00e8fUk2MX8ZkE_oIk_jJVV8sT8TNk";

    [Fact]
    public async Task restore_refuses_while_a_server_runs_on_the_folder_and_changes_nothing()
    {
        using var work = new TempFolder();
        var data = Path.Combine(work.Path, "data");
        await using var server = await ServerProcess.StartAsync(data);
        await using (var ana = await TestPlayer.SignInAsync(server.Url, "Ana"))
        {
            await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New());
        }

        var backup = await ServerCommand.RunAsync(work.Path, "backup", "--data", data, "--to", "one-room.db");
        Assert.Equal(0, backup.ExitCode);
        var database = Path.Combine(data, "teamdrill.db");
        var files = Directory.GetFiles(data).Order(StringComparer.Ordinal).ToList();

        var refused = await ServerCommand.RunAsync(work.Path, "restore", "--data", data, "--from", "one-room.db");

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal($"A TeamDrill server is running on {data}; stop it first (it would undo the restore). Nothing was restored.", refused.Error.Trim());
        Assert.Equal(files, Directory.GetFiles(data).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(1, Count(database, "SELECT count(*) FROM room_head"));

        // Once it is stopped, the same restore goes through and keeps the database it replaced.
        Assert.Equal(0, await server.StopAsync(TimeSpan.FromSeconds(30)));
        var restored = await ServerCommand.RunAsync(work.Path, "restore", "--data", data, "--from", "one-room.db");
        Assert.True(restored.ExitCode == 0, restored.Error);
        Assert.Contains("The database it replaced is kept as ", restored.Output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(data, "teamdrill.db.before-restore-*"));
    }

    [Fact]
    public async Task restore_refuses_a_missing_file_a_non_database_and_a_newer_schema_with_a_sentence()
    {
        using var work = new TempFolder();
        var data = Path.Combine(work.Path, "data");
        await using (var server = await ServerProcess.StartAsync(data))
        {
            Assert.Equal(0, (await ServerCommand.RunAsync(work.Path, "backup", "--data", data, "--to", "newer.db")).ExitCode);
            Assert.Equal(0, await server.StopAsync(TimeSpan.FromSeconds(30)));
        }

        Execute(Path.Combine(work.Path, "newer.db"), "UPDATE teamdrill_schema SET version = 99");
        File.WriteAllText(Path.Combine(work.Path, "notes.txt"), "These are not the rooms you are looking for.\n");
        var before = Snapshot(data);

        var cases = new (string File, string Sentence)[]
        {
            ("missing.db", "There is no file missing.db; nothing was restored."),
            ("notes.txt", "notes.txt is not a TeamDrill backup: it is not a SQLite database. Nothing was restored."),
            ("newer.db", $"newer.db was written by a newer TeamDrill (storage schema 99); this server knows schema {JournalDatabase.SchemaVersion}. Restore it with the newer server. Nothing was restored."),
        };
        foreach (var (file, sentence) in cases)
        {
            var refused = await ServerCommand.RunAsync(work.Path, "restore", "--data", data, "--from", file);
            Assert.Equal((1, sentence), (refused.ExitCode, refused.Error.Trim()));
            Assert.Equal(before, Snapshot(data));
        }
    }

    [Fact]
    public async Task backup_refuses_to_overwrite_a_file_and_says_when_there_is_nothing_to_copy()
    {
        using var work = new TempFolder();
        var data = Path.Combine(work.Path, "data");
        Directory.CreateDirectory(data);

        var nothing = await ServerCommand.RunAsync(work.Path, "backup", "--data", data, "--to", "first.db");
        Assert.Equal((1, $"There is no TeamDrill database in {data} (no teamdrill.db); nothing was backed up."), (nothing.ExitCode, nothing.Error.Trim()));
        Assert.False(File.Exists(Path.Combine(work.Path, "first.db")));

        File.Copy(Path.Combine(RepoPaths.DataFromMainBeforeJournal, "teamdrill.db"), Path.Combine(data, "teamdrill.db"));
        File.WriteAllText(Path.Combine(work.Path, "yesterday.db"), "yesterday's backup");
        var overwrite = await ServerCommand.RunAsync(work.Path, "backup", "--data", data, "--to", "yesterday.db");
        Assert.Equal((1, "yesterday.db already exists; give a new file name, so that no backup is overwritten."), (overwrite.ExitCode, overwrite.Error.Trim()));
        Assert.Equal("yesterday's backup", File.ReadAllText(Path.Combine(work.Path, "yesterday.db")));

        var missingFolder = await ServerCommand.RunAsync(work.Path, "backup", "--data", data, "--to", "no-such-folder/today.db");
        Assert.Equal((1, $"The folder {Path.Combine(work.Path, "no-such-folder")} does not exist; create it first."), (missingFolder.ExitCode, missingFolder.Error.Trim()));

        var copied = await ServerCommand.RunAsync(work.Path, "backup", "--data", data, "--to", "today.db");
        Assert.Equal(0, copied.ExitCode);
        Assert.StartsWith($"Backed up 2 rooms and 0 finished drills, storage schema 0 to {Path.Combine(work.Path, "today.db")} (", copied.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_backup_from_before_the_schema_version_is_restored_and_upgraded_when_the_server_starts()
    {
        using var work = new TempFolder();
        var data = Path.Combine(work.Path, "data");
        var old = Path.Combine(RepoPaths.DataFromMainBeforeJournal, "teamdrill.db");

        var restored = await ServerCommand.RunAsync(work.Path, "restore", "--data", data, "--from", old);

        Assert.True(restored.ExitCode == 0, restored.Error);
        Assert.Contains($"Restored 2 rooms and 0 finished drills, storage schema 0 from {old} into {data}. The server upgrades it to schema 1 when it starts.", restored.Output, StringComparison.Ordinal);
        await using var server = await ServerProcess.StartAsync(data);
        Assert.Contains("Upgraded the storage schema from 0 to 1 (1: the room journal's tables)", server.Output, StringComparison.Ordinal);
        Assert.Equal(1, Count(Path.Combine(data, "teamdrill.db"), "SELECT version FROM teamdrill_schema"));
        await using var ana = await TestPlayer.SignInAsync(server.Url, "Ana", Ana);
        var room = await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), "K9YN3R");
        Assert.Equal(["Second call, still open.", "I am the agent now."], room.Transcript.Select(m => m.Text));
    }

    [Fact]
    public async Task a_server_on_data_from_a_newer_version_stops_with_a_sentence_and_leaves_it_alone()
    {
        using var work = new TempFolder();
        var data = Path.Combine(work.Path, "data");
        await using (var server = await ServerProcess.StartAsync(data))
        {
            Assert.Equal(0, await server.StopAsync(TimeSpan.FromSeconds(30)));
        }

        var database = Path.Combine(data, "teamdrill.db");
        Execute(database, "UPDATE teamdrill_schema SET version = 99");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerProcess.StartAsync(data));

        Assert.Contains("The server exited with code 1", refused.Message, StringComparison.Ordinal);
        Assert.Contains(
            "The SQLite database was written by a newer TeamDrill (storage schema 99); this server knows schema 1. Run the newer server on it, or restore a backup made by this version.",
            refused.Message,
            StringComparison.Ordinal);
        Assert.Equal(99, Count(database, "SELECT version FROM teamdrill_schema"));
    }

    [Fact]
    public async Task backup_and_restore_on_postgres_print_the_pg_dump_and_pg_restore_commands_without_the_password()
    {
        using var work = new TempFolder();
        var postgres = new[] { "--storage", "postgres", "--postgres", "Host=db.internal;Port=5433;Username=teamdrill;Password=s3cret-pw;Database=drills" };

        var backup = await ServerCommand.RunAsync(work.Path, ["backup", .. postgres, "--to", "drills.dump"]);
        var restore = await ServerCommand.RunAsync(work.Path, ["restore", .. postgres, "--from", "drills.dump"]);

        Assert.Equal(1, backup.ExitCode);
        Assert.Contains("pg_dump --host=db.internal --port=5433 --username=teamdrill --format=custom --file=drills.dump drills", backup.Error, StringComparison.Ordinal);
        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("pg_restore --host=db.internal --port=5433 --username=teamdrill --clean --if-exists --dbname=drills drills.dump", restore.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", backup.Error + backup.Output + restore.Error + restore.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(work.Path));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder).ToDictionary(
            f => Path.GetFileName(f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static long Count(string database, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
