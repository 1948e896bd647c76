using System.Reflection;
using Microsoft.Extensions.Configuration;
using TeamDrill.Grains.Settings;
using TeamDrill.Grains.Storage;
using TeamDrill.Server.Hosting;

namespace TeamDrill.Tests.Hosting;

public sealed class ServerSettingsTests
{
    private static ServerSettings Read(out IReadOnlyList<string> problems, params (string Key, string Value)[] values) =>
        ServerSettings.Read(
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create<string, string?>(v.Key, v.Value))).Build(),
            out problems);

    [Fact]
    public void the_defaults_are_valid()
    {
        var settings = Read(out var problems);

        Assert.Empty(problems);
        Assert.Equal(ServerRole.All, settings.Clustering.Role);
        Assert.Equal(StorageDialect.Sqlite, settings.Storage.Dialect);
        Assert.Equal(16, settings.Rooms.MaxMembers);
        Assert.Equal(TimeSpan.FromMinutes(10), settings.Rooms.CallTimeLimit);
    }

    [Fact]
    public void values_are_read_as_their_types()
    {
        var settings = Read(
            out var problems,
            ("TeamDrill:Role", "Edge"),
            ("TeamDrill:Storage", "postgres"),
            ("TeamDrill:PostgresConnectionString", "Host=db"),
            ("TeamDrill:CallTimeLimit", "00:03:00"),
            ("TeamDrill:MaxRoomMembers", "8"),
            ("TeamDrill:CallsPerSecond", "50"),
            ("TeamDrill:Journal:CommitWindow", "00:00:00.002"),
            ("TeamDrill:ContentFolders:0", "a"),
            ("TeamDrill:ContentFolders:1", "b"));

        Assert.Empty(problems);
        Assert.Equal(ServerRole.Edge, settings.Clustering.Role);
        Assert.False(settings.Clustering.IsSilo);
        Assert.Equal(StorageDialect.Postgres, settings.Storage.Dialect);
        Assert.Equal(TimeSpan.FromMinutes(3), settings.Rooms.CallTimeLimit);
        Assert.Equal(8, settings.Rooms.MaxMembers);
        Assert.Equal(50, settings.Edge.CallsPerSecond);
        Assert.Equal(TimeSpan.FromMilliseconds(2), settings.Journal.CommitWindow);
        Assert.Equal(["a", "b"], settings.Content.ContentFolders);
    }

    [Theory]
    [InlineData("TeamDrill:Role", "edgy", "Role (--role) is 'edgy'; it must be all, silo or edge.")]
    [InlineData("TeamDrill:Role", "2", "Role (--role) is '2'; it must be all, silo or edge.")]
    [InlineData("TeamDrill:Listen", "ftp://x", "Listen (--listen) is 'ftp://x'; it must be an http:// address such as http://127.0.0.1:5080.")]
    [InlineData("TeamDrill:Storage", "mysql", "Storage (--storage) is 'mysql'; it must be sqlite or postgres.")]
    [InlineData("TeamDrill:SiloPort", "0", "SiloPort (--silo-port) is 0; it must be between 1 and 65535.")]
    [InlineData("TeamDrill:SiloPort", "eleven", "SiloPort (--silo-port) is 'eleven'; it must be a whole number.")]
    [InlineData("TeamDrill:MaxRoomMembers", "2", "MaxRoomMembers (--max-room-members) is 2; it must be between 3 and 100.")]
    [InlineData("TeamDrill:CallTimeLimit", "abc", "CallTimeLimit (--call-time-limit) is 'abc'; it must be a duration such as 00:10:00.")]
    [InlineData("TeamDrill:ScoringTimeLimit", "03:00:00", "ScoringTimeLimit (--scoring-time-limit) is 03:00:00; it must be between 00:00:01 and 02:00:00.")]
    [InlineData("TeamDrill:CallsPerSecond", "0", "CallsPerSecond (--calls-per-second) is 0; it must be between 1 and 10000.")]
    [InlineData("TeamDrill:Journal:CommitWindow", "00:00:01", "Journal:CommitWindow (--journal-commit-window) is 00:00:01; it must be between 00:00:00 and 00:00:00.100.")]
    [InlineData("TeamDrill:SiloAddress", "localhost", "SiloAddress (--silo-address) is 'localhost'; it must be an IP address such as 127.0.0.1.")]
    [InlineData("TeamDrill:GatewayPort", "11111", "SiloPort and GatewayPort (--silo-port, --gateway-port) are both 11111; they must differ.")]
    [InlineData("TeamDrill:Storage", "postgres", "Storage is postgres but PostgresConnectionString (--postgres) is empty.")]
    [InlineData("TeamDrill:FacilitatorKey", "abc", "FacilitatorKey (--facilitator-key) is 3 characters long; use at least 8, or leave it empty to turn leagues off.")]
    public void a_bad_value_gives_one_sentence_that_names_the_setting(string key, string value, string expected)
    {
        Read(out var problems, (key, value));

        Assert.Equal([expected], problems);
    }

    [Fact]
    public void one_content_folder_can_be_given_as_a_single_value()
    {
        var settings = Read(out var problems, ("TeamDrill:ContentFolders", "/srv/cards"));

        Assert.Empty(problems);
        Assert.Equal(["/srv/cards"], settings.Content.ContentFolders);
    }

    [Fact]
    public void a_bad_value_leaves_the_default_in_place()
    {
        var settings = Read(out _, ("TeamDrill:CallTimeLimit", "abc"), ("TeamDrill:MaxRoomMembers", "500"));

        Assert.Equal(TimeSpan.FromMinutes(10), settings.Rooms.CallTimeLimit);
        Assert.Equal(16, settings.Rooms.MaxMembers);
    }

    [Fact]
    public void a_long_facilitator_key_is_fine()
    {
        var settings = Read(out var problems, ("TeamDrill:FacilitatorKey", "a-long-enough-secret"));

        Assert.Empty(problems);
        Assert.Equal("a-long-enough-secret", settings.Leagues.FacilitatorKey);
    }

    [Fact]
    public void every_options_property_is_a_declared_setting_with_its_own_flag()
    {
        // A property without [Setting] would be read by nobody and missing from --help.
        foreach (var (options, _) in ServerSettings.Areas)
        {
            foreach (var property in options.GetProperties().Where(p => p.CanWrite))
            {
                Assert.True(property.GetCustomAttribute<SettingAttribute>() is not null, $"{options.Name}.{property.Name} has no [Setting]");
            }
        }

        var flags = ServerSettings.Declared.Select(s => s.Flag).ToList();
        Assert.Equal(flags.Count, flags.Distinct().Count());
        var paths = ServerSettings.Declared.Select(s => s.ConfigurationPath).ToList();
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
