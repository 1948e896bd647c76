using TeamDrill.Server.Hosting;

namespace TeamDrill.Tests.LeagueServer;

public sealed class FacilitatorKeySettingTests
{
    [Fact]
    public void a_short_facilitator_key_stops_the_server_with_a_message_that_names_the_flag()
    {
        var problems = ServerOptionsValidator.Problems(new ServerOptions { FacilitatorKey = "abc" }).ToList();
        Assert.Contains("FacilitatorKey (--facilitator-key) is 3 characters long; use at least 8, or leave it empty to turn leagues off.", problems);
    }

    [Fact]
    public void no_facilitator_key_and_a_long_one_are_both_fine()
    {
        Assert.Empty(ServerOptionsValidator.Problems(new ServerOptions()));
        Assert.Empty(ServerOptionsValidator.Problems(new ServerOptions { FacilitatorKey = "a-long-enough-secret" }));
    }

    [Fact]
    public void the_facilitator_key_flag_sets_the_setting()
    {
        var exit = ServerCommandLine.TryParse(["--facilitator-key", "s3cret-key"], TextWriter.Null, TextWriter.Null, out var overrides);
        Assert.Null(exit);
        Assert.Equal("s3cret-key", overrides["TeamDrill:FacilitatorKey"]);
    }
}
