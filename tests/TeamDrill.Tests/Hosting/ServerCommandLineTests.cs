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

            var exit = ServerCommandLine.TryParse([setting.Flag, "x"], TextWriter.Null, error, out var overrides);

            Assert.True(exit is null, $"{setting.Flag}: {error}");
            Assert.Contains(overrides.Keys, k => k.StartsWith(setting.ConfigurationPath, StringComparison.Ordinal));
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
