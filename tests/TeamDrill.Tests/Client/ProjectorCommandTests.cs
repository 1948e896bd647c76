using TeamDrill.Client.LineMode;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Client;

/// <summary>The console's <c>/projector</c>: the host gets a link to open on the meeting-room screen, or revokes it.</summary>
public sealed class ProjectorCommandTests : IDisposable
{
    private readonly FakeDrillHub _hub = new();
    private readonly StringWriter _out = new();
    private readonly DrillSession _session;
    private readonly ConsoleLoop _loop;

    public ProjectorCommandTests()
    {
        _session = new DrillSession(_hub, "p-ana", "Ana");
        _loop = new ConsoleLoop(_session, _out);
    }

    public void Dispose() => _loop.Dispose();

    [Theory]
    [InlineData("/projector", false)]
    [InlineData("/projector off", true)]
    [InlineData("/PROJECTOR OFF", true)]
    public void projector_parses_with_or_without_off(string line, bool off) =>
        Assert.Equal(new ProjectorCommand(off), CommandParser.Parse(line).Command);

    [Fact]
    public void anything_else_after_projector_gets_the_usage() =>
        Assert.Equal("usage: /projector [off]", CommandParser.Parse("/projector on").Error);

    [Fact]
    public async Task the_host_gets_the_link_on_one_line_and_can_revoke_it()
    {
        await Type("/create");

        var opened = await Type("/projector");
        var revoked = await Type("/projector off");

        Assert.Equal(
            ["* projector link (read-only; open it on the meeting-room screen; /projector off revokes it): http://192.168.1.20:5080/watch/ABC234?key=k3y"],
            opened);
        Assert.Equal(["* the projector link is revoked: its page stops and says so"], revoked);
        Assert.Equal(["CreateRoom", "CreateWatchLink ABC234", "RevokeWatchLink ABC234"], _hub.CallList);
    }

    [Fact]
    public async Task a_refusal_is_shown_and_no_link_printed()
    {
        await Type("/join ABC234");
        _hub.Fail = "Only the host (Ana) can open a projector link.";

        Assert.Equal(["! Only the host (Ana) can open a projector link."], await Type("/projector"));
    }

    [Fact]
    public async Task the_room_hears_who_opened_and_closed_the_link()
    {
        await Type("/join ABC234");
        _out.GetStringBuilder().Clear();

        _session.Receive(SampleRoom.Code, new WatchLinkOpened { Seq = 4, ByName = "Ana" });
        _session.Receive(SampleRoom.Code, new WatchLinkClosed { Seq = 5, ByName = "Ana" });

        Assert.Equal(
            ["* Ana opened a projector link: the meeting-room screen can show this room", "* Ana closed the projector link"],
            _out.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task<string[]> Type(string line)
    {
        _out.GetStringBuilder().Clear();
        await _loop.HandleLineAsync(line);
        return _out.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }
}
