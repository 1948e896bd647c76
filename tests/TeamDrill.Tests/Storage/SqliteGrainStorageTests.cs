using Microsoft.Data.Sqlite;
using TeamDrill.Grains.Storage;
using Xunit;

namespace TeamDrill.Tests.Storage;

/// <summary>The storage behaviour on a real SQLite file in a temp folder, plus what only SQLite has.</summary>
public sealed class SqliteGrainStorageTests : GrainStorageBehaviour
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"teamdrill-storage-{Guid.NewGuid():N}");

    private string DataDirectory => Path.Combine(_root, "data", "nested");

    protected override Task<RelationalStorageOptions> CreateOptionsAsync() => Task.FromResult(new RelationalStorageOptions
    {
        Dialect = StorageDialect.Sqlite,
        ConnectionString = RelationalStorageExtensions.SqliteConnectionString(DataDirectory),
    });

    protected override Task CleanUpAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task the_database_file_is_created_in_a_data_directory_that_did_not_exist()
    {
        Assert.False(Directory.Exists(DataDirectory));

        await Storage.WriteStateAsync("room", Room, Fresh(Sample()));

        Assert.True(File.Exists(Path.Combine(DataDirectory, RelationalStorageExtensions.SqliteFileName)));
    }

    [Fact]
    public async Task the_database_uses_write_ahead_logging()
    {
        await Storage.WriteStateAsync("room", Room, Fresh(Sample()));

        await using var connection = new SqliteConnection(RelationalStorageExtensions.SqliteConnectionString(DataDirectory));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }

    [Fact]
    public void the_connection_string_names_teamdrill_db_inside_the_data_directory()
    {
        var builder = new SqliteConnectionStringBuilder(RelationalStorageExtensions.SqliteConnectionString("relative/dir"));

        Assert.Equal(Path.Combine(Path.GetFullPath("relative/dir"), "teamdrill.db"), builder.DataSource);
    }
}
