using TeamDrill.Client.Session;
using Xunit;

namespace TeamDrill.Tests.Client;

public sealed class ClientConfigStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("teamdrill-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void path_is_under_xdg_config_home_when_it_is_set()
    {
        var path = ClientConfigStore.DefaultPath(v => v == "XDG_CONFIG_HOME" ? "/tmp/xdg" : "/home/ana");

        Assert.Equal("/tmp/xdg/teamdrill/config.json", path);
    }

    [Fact]
    public void path_falls_back_to_dot_config_in_home()
    {
        var path = ClientConfigStore.DefaultPath(v => v == "HOME" ? "/home/ana" : null);

        Assert.Equal("/home/ana/.config/teamdrill/config.json", path);
    }

    [Fact]
    public void a_relative_xdg_config_home_is_ignored_as_the_spec_says()
    {
        var path = ClientConfigStore.DefaultPath(v => v == "XDG_CONFIG_HOME" ? "relative/dir" : "/home/ana");

        Assert.Equal("/home/ana/.config/teamdrill/config.json", path);
    }

    [Fact]
    public void a_missing_file_is_an_empty_config()
    {
        var config = new ClientConfigStore(Path.Combine(_dir, "none", "config.json")).Load();

        Assert.Empty(config.Players);
        Assert.Null(config.LastServer);
    }

    [Fact]
    public void tokens_round_trip_per_server_and_name()
    {
        var store = new ClientConfigStore(Path.Combine(_dir, "teamdrill", "config.json"));
        var config = new ClientConfig()
            .Remember(new SavedPlayer("http://127.0.0.1:5080/", "Ana", "p-ana", "tok-ana"))
            .Remember(new SavedPlayer("http://127.0.0.1:5080", "Ben", "p-ben", "tok-ben"))
            .Remember(new SavedPlayer("http://other:5080", "Ana", "p-ana2", "tok-other"));

        store.Save(config);
        var loaded = store.Load();

        Assert.Equal("tok-ana", loaded.FindPlayer("HTTP://127.0.0.1:5080", "Ana")?.Token);
        Assert.Equal("tok-ben", loaded.FindPlayer("http://127.0.0.1:5080/", "Ben")?.Token);
        Assert.Equal("tok-other", loaded.FindPlayer("http://other:5080/", "Ana")?.Token);
        Assert.Null(loaded.FindPlayer("http://127.0.0.1:5080", "Cy"));
        Assert.Equal("http://other:5080", loaded.LastServer);
        Assert.Equal("Ana", loaded.LastName);
    }

    [Fact]
    public void remembering_the_same_server_and_name_replaces_the_old_token()
    {
        var config = new ClientConfig()
            .Remember(new SavedPlayer("http://h:1", "Ana", "p1", "old"))
            .Remember(new SavedPlayer("http://h:1/", "Ana", "p1", "new"));

        Assert.Equal("new", Assert.Single(config.Players).Token);
    }

    [Fact]
    public void the_file_is_readable_by_its_owner_alone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var store = new ClientConfigStore(Path.Combine(_dir, "config.json"));

        store.Save(new ClientConfig().Remember(new SavedPlayer("http://h:1", "Ana", "p1", "secret")));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.Path));
    }

    [Fact]
    public void an_unreadable_file_is_reported_and_treated_as_empty()
    {
        var path = Path.Combine(_dir, "config.json");
        File.WriteAllText(path, "{ not json");
        var problems = new List<string>();

        var config = new ClientConfigStore(path).Load(problems.Add);

        Assert.Empty(config.Players);
        Assert.StartsWith($"ignoring unreadable config file {path}", Assert.Single(problems));
    }
}
