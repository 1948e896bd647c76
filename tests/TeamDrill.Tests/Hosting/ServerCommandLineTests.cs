using TeamDrill.Server.Hosting;

namespace TeamDrill.Tests.Hosting;

public sealed class ServerCommandLineTests
{
    [Fact]
    public void help_lists_every_setting()
    {
        var output = new StringWriter();

        var exit = ServerCommandLine.TryParse(["--help"], output, TextWriter.Null, out _);

        Assert.Equal(0, exit);
        foreach (var flag in new[] { "--role", "--listen", "--data", "--content", "--silo-port", "--gateway-port", "--storage", "--call-time-limit" })
        {
            Assert.Contains(flag, output.ToString());
        }
    }

    [Fact]
    public void an_unknown_flag_is_refused_with_a_pointer_to_help()
    {
        var error = new StringWriter();

        var exit = ServerCommandLine.TryParse(["--colour", "blue"], TextWriter.Null, error, out _);

        Assert.Equal(2, exit);
        Assert.Contains("--colour", error.ToString());
        Assert.Contains("Run with --help to see the settings.", error.ToString());
    }

    [Fact]
    public void flags_become_settings_and_content_folders_keep_their_order()
    {
        var exit = ServerCommandLine.TryParse(
            ["--data", "/tmp/x", "--content", "a", "--content", "b"], TextWriter.Null, TextWriter.Null, out var overrides);

        Assert.Null(exit);
        Assert.Equal("/tmp/x", overrides["TeamDrill:DataDirectory"]);
        Assert.Equal("a", overrides["TeamDrill:ContentFolders:0"]);
        Assert.Equal("b", overrides["TeamDrill:ContentFolders:1"]);
    }

    [Theory]
    [InlineData("Role", "edgy", "Role (--role) is 'edgy'; it must be all, silo or edge.")]
    [InlineData("Listen", "ftp://x", "Listen (--listen) is 'ftp://x'; it must be an http:// address")]
    [InlineData("Storage", "mysql", "Storage (--storage) is 'mysql'; it must be sqlite or postgres.")]
    [InlineData("SiloPort", "0", "SiloPort (--silo-port) is 0; it must be between 1 and 65535.")]
    [InlineData("MaxRoomMembers", "2", "MaxRoomMembers (--max-room-members) is 2; it must be between 3 and 100.")]
    public void a_bad_setting_is_named_in_its_message(string setting, string value, string expected)
    {
        var options = new ServerOptions();
        typeof(ServerOptions).GetProperty(setting)!.SetValue(
            options, setting is "SiloPort" or "MaxRoomMembers" ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value);

        var problems = ServerOptionsValidator.Problems(options).ToList();

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void the_defaults_are_valid()
    {
        Assert.Empty(ServerOptionsValidator.Problems(new ServerOptions()));
    }
}
