using TeamDrill.Server.Hosting;

namespace TeamDrill.Tests.Hosting;

public sealed class ServerCommandLineTests
{
    [Fact]
    public void help_lists_every_setting_with_the_default_its_options_class_declares()
    {
        var output = new StringWriter();

        var exit = ServerCommandLine.TryParse(["--help"], output, TextWriter.Null, out _);

        Assert.Equal(0, exit);
        var help = output.ToString();
        Assert.Contains("--call-time-limit <hh:mm:ss>", help);
        Assert.Contains("--role <all|silo|edge>", help);
        Assert.Contains("--storage <sqlite|postgres>", help);
        Assert.Contains("(default 00:10:00)", help);
        Assert.Contains("(default 00:00:00.005)", help);
        foreach (var setting in ServerSettings.Declared)
        {
            Assert.Contains(setting.Flag, help);
            Assert.Contains(setting.Help, help);
        }
    }

    [Fact]
    public void every_flag_in_help_is_accepted_as_typed()
    {
        foreach (var setting in ServerSettings.Declared)
        {
            var error = new StringWriter();

            // A switch is typed alone; every other flag takes a value (checked later, with the settings).
            string[] typed = setting.IsSwitch ? [setting.Flag] : [setting.Flag, "x"];
            var exit = ServerCommandLine.TryParse(typed, TextWriter.Null, error, out var overrides);

            Assert.True(exit is null, $"{setting.Flag}: {error}");
            Assert.Contains(overrides.Keys, k => k.StartsWith(setting.ConfigurationPath, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "--dashboard" }, "true")]
    [InlineData(new[] { "--dashboard", "true" }, "true")]
    [InlineData(new[] { "--dashboard", "false" }, "false")]
    public void a_switch_is_on_when_typed_alone_and_can_be_turned_off(string[] args, string? expected)
    {
        var exit = ServerCommandLine.TryParse(args, TextWriter.Null, TextWriter.Null, out var overrides);

        Assert.Null(exit);
        Assert.Equal(expected, overrides.GetValueOrDefault("TeamDrill:Dashboard"));
    }

    [Fact]
    public void backup_and_restore_take_the_data_flags_and_a_file()
    {
        var exit = ServerCommandLine.TryParse(["backup", "--data", "/srv/td", "--to", "b.db"], TextWriter.Null, TextWriter.Null, out var overrides, out var command);

        Assert.Null(exit);
        Assert.Equal(new TeamDrill.Server.Backups.DataCommand("backup", "b.db"), command);
        Assert.Equal("/srv/td", overrides["TeamDrill:DataDirectory"]);
        var error = new StringWriter();
        Assert.Equal(2, ServerCommandLine.TryParse(["restore"], TextWriter.Null, error, out _, out _));
        Assert.Contains("--from", error.ToString(), StringComparison.Ordinal);
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
            ["--data", "/tmp/x", "--content", "a", "--content", "b", "--journal-commit-window", "00:00:00.002"],
            TextWriter.Null, TextWriter.Null, out var overrides);

        Assert.Null(exit);
        Assert.Equal("/tmp/x", overrides["TeamDrill:DataDirectory"]);
        Assert.Equal("a", overrides["TeamDrill:ContentFolders:0"]);
        Assert.Equal("b", overrides["TeamDrill:ContentFolders:1"]);
        Assert.Equal("00:00:00.002", overrides["TeamDrill:Journal:CommitWindow"]);
    }

    [Fact]
    public void the_facilitator_key_flag_sets_the_setting()
    {
        var exit = ServerCommandLine.TryParse(["--facilitator-key", "s3cret-key"], TextWriter.Null, TextWriter.Null, out var overrides);

        Assert.Null(exit);
        Assert.Equal("s3cret-key", overrides["TeamDrill:FacilitatorKey"]);
    }
}
