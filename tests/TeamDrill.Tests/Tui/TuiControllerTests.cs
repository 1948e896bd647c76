using TeamDrill.Client.Session;
using TeamDrill.Client.Tui;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Client;
using TeamDrill.Tests.Infrastructure;
using Terminal.Gui.Input;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

/// <summary>The controller over a session on a fake hub: events in, screens and hub calls out.</summary>
[Collection(TuiCollection.Name)]
public sealed class TuiControllerTests : IAsyncLifetime
{
    private readonly Headless _ui = new();
    private readonly TempFolder _folder = new();
    private readonly FakeDrillHub _hub = new();
    private DrillSession _session = null!;
    private TuiController _controller = null!;

    public Task InitializeAsync()
    {
        _controller = Start("p-ben", "Ben");
        return Task.CompletedTask;
    }

    [Fact]
    public async Task w_in_the_lobby_shows_the_hosts_projector_link_on_the_message_line()
    {
        await _controller.DisposeAsync();
        _controller = Start("p-ana", "Ana");
        await _session.JoinRoomAsync(R.Code);
        _ui.Pump();

        _ui.Type("w");
        await Poll.UntilAsync(() => { _ui.Pump(); return _ui.Text.Contains("Projector: http://", StringComparison.Ordinal); }, TimeSpan.FromSeconds(20), "the link on the message line");

        Assert.Contains("Projector: http://192.168.1.20:5080/watch/ABC234?key=k3y", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("CreateWatchLink ABC234", _hub.CallList);
    }

    [Fact]
    public async Task joining_shows_the_lobby_and_the_drill_start_brings_the_agent_to_the_agent_screen()
    {
        await _session.JoinRoomAsync(R.Code);
        _ui.Pump();
        Assert.IsType<LobbyScreen>(_ui.Current);

        _session.Receive(R.Code, [R.Roles(4), R.Started(5)]);
        _ui.Pump();

        Assert.IsType<AgentScreen>(_ui.Current);
        Assert.Contains("Agent — Charged twice for one order — room ABC234", _ui.Text);
    }

    [Fact]
    public async Task what_the_agent_types_is_sent_to_the_room_and_the_echo_lands_in_the_transcript()
    {
        await StartDrillAsync();

        _ui.Type("Hello Mrs Okafor");
        _ui.Press(Key.Enter);
        _session.Receive(R.Code, R.Message(6, 1, R.Ben(DrillRole.Agent), "Hello Mrs Okafor"));

        Assert.Contains("SendMessage ABC234 Hello Mrs Okafor", _hub.CallList);
        Assert.Contains("[1] Ben (agent): Hello Mrs Okafor", _ui.Text);
    }

    [Fact]
    public async Task the_debrief_replaces_the_drill_screen_when_it_is_published()
    {
        await StartDrillAsync();

        _session.Receive(R.Code, [R.Ended(6, CallOutcome.Resolved), R.DebriefOut(7)]);
        _ui.Pump();

        Assert.IsType<DebriefScreen>(_ui.Current);
        Assert.Contains("Outcome: RESOLVED", _ui.Text);
    }

    [Fact]
    public async Task esc_leaves_the_drill_for_the_lobby_and_enter_on_the_room_goes_back()
    {
        await StartDrillAsync();

        _ui.Press(Key.Esc);
        Assert.IsType<LobbyScreen>(_ui.Current);
        _session.Receive(R.Code, R.Message(6, 1, R.Ana(DrillRole.Customer), "Hello?"));
        _ui.Pump();
        Assert.IsType<LobbyScreen>(_ui.Current);
        _ui.Press(Key.Enter);

        Assert.IsType<AgentScreen>(_ui.Current);
        Assert.Contains("Hello?", _ui.Text);
    }

    [Fact]
    public async Task the_connection_state_is_shown_in_the_key_bar()
    {
        await StartDrillAsync();

        _session.SetConnectionState(ConnectionState.Reconnecting, "dropped");
        Assert.Contains("reconnecting", _ui.Lines[^2]);
        _session.SetConnectionState(ConnectionState.Resynced);

        Assert.Contains("● resynced", _ui.Lines[^2]);
    }

    [Fact]
    public async Task a_refused_call_shows_the_servers_reason_on_the_screen()
    {
        await _session.JoinRoomAsync(R.Code);
        _ui.Pump();
        _hub.Fail = "Only the host can start a drill.";

        // Ben is not the host: the lobby does not even offer s; ask the hub directly through a create.
        _ui.Type("c");
        await Task.Yield();
        _ui.Pump();

        Assert.Contains("! Only the host can start a drill.", _ui.Text);
    }

    [Fact]
    public async Task the_customer_screen_sends_anger_and_end_call()
    {
        await _controller.DisposeAsync();
        _controller = Start("p-ana", "Ana");
        await _session.JoinRoomAsync(R.Code);
        _session.Receive(R.Code, [R.Roles(4), R.Started(5), R.CardDealt(6)]);
        _ui.Pump();
        Assert.IsType<CustomerScreen>(_ui.Current);

        _ui.Press(Key.F3, Key.F4);
        _ui.Type("1");

        Assert.Contains("SetAnger ABC234 7", _hub.CallList);
        Assert.Contains("EndCall ABC234 Resolved", _hub.CallList);
    }

    [Fact]
    public async Task after_a_reconnect_the_missed_messages_appear_and_the_bar_says_resynced()
    {
        await StartDrillAsync();
        _session.Receive(R.Code, R.Message(6, 1, R.Ana(DrillRole.Customer), "Are you there?"));
        _session.SetConnectionState(ConnectionState.Reconnecting, "dropped");
        Assert.Contains("○ reconnecting…", _ui.Text);

        // What the server kept while the connection was down comes back through resync.
        _hub.OnResync = (_, after) => Task.FromResult(new ResyncResult
        {
            Events = [R.Message(7, 2, R.Ana(DrillRole.Customer), "Hello??"), R.Anger(8, 8, 6)],
        });
        _session.SetConnectionState(ConnectionState.Connected);
        Assert.True(await _session.ResyncAllAsync());

        var text = _ui.Text;
        Assert.Contains("Resync ABC234 6", _hub.CallList);
        Assert.Contains("[1] Ana (customer): Are you there?", text);
        Assert.Contains("[2] Ana (customer): Hello??", text);
        Assert.Contains("● resynced", text);
        Assert.Single(((AgentScreen)_ui.Current!).TranscriptSource.AllRows, r => r.Contains("Hello??", StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_host_closes_scoring_with_f8_as_the_key_bar_says()
    {
        await _controller.DisposeAsync();
        _controller = Start("p-ana", "Ana");
        await _session.JoinRoomAsync(R.Code);
        _session.Receive(R.Code, [R.Roles(4), R.Started(5), R.CardDealt(6), R.Ended(7, CallOutcome.Escalated)]);
        _ui.Pump();

        Assert.Contains("F8 Close scoring", _ui.Current!.KeyBar.Line);
        _ui.Press(Key.F8);

        Assert.Contains("CloseScoring ABC234", _hub.CallList);
    }

    [Fact]
    public async Task history_lists_drills_and_opens_a_debrief_from_the_server()
    {
        _hub.History = [new HistoryEntry { RoomCode = R.Code, DrillNumber = 1, CardTitle = "Charged twice", MyRole = DrillRole.Agent, EndedAt = R.T0 }];
        await _session.JoinRoomAsync(R.Code);
        _ui.Pump();

        _ui.Type("h");
        await Task.Yield();
        _ui.Pump();
        Assert.IsType<HistoryScreen>(_ui.Current);
        Assert.Contains("Charged twice", _ui.Text);
        _ui.Press(Key.Enter);
        await Task.Yield();
        _ui.Pump();

        Assert.IsType<DebriefScreen>(_ui.Current);
        Assert.Contains("GetDebrief ABC234 1", _hub.CallList);
        _ui.Press(Key.Esc);
        Assert.IsType<HistoryScreen>(_ui.Current);
    }

    [Fact]
    public async Task x_on_the_debrief_writes_the_drills_archive_from_the_server_as_the_shared_markdown()
    {
        var archive = TeamDrill.Tests.Archives.SampleArchive.Create();
        _hub.Archive = DrillArchiveWriter.ToBytes(archive);
        await StartDrillAsync();
        _session.Receive(R.Code, [R.Ended(6, CallOutcome.Resolved), R.DebriefOut(7)]);
        _ui.Pump();
        Assert.IsType<DebriefScreen>(_ui.Current);

        _ui.Type("x");

        Assert.Contains("Saved ", _ui.Text);
        Assert.Contains("GetArchive ABC234 1", _hub.CallList);
        var file = Path.Combine(_folder.Path, "teamdrill-k7qx2m-drill3.md");
        Assert.Equal(DrillArchiveMarkdown.Render(archive), File.ReadAllText(file));
    }

    [Fact]
    public async Task an_export_the_server_refuses_says_why_and_writes_nothing()
    {
        await StartDrillAsync();
        _session.Receive(R.Code, [R.Ended(6, CallOutcome.Resolved), R.DebriefOut(7)]);
        _ui.Pump();
        _hub.Fail = "You were not in that room.";

        _ui.Type("x");

        Assert.Contains("! could not export this debrief: You were not in that room.", _ui.Text);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.md"));
    }

    public async Task DisposeAsync()
    {
        await _controller.DisposeAsync();
        _ui.Dispose();
        _folder.Dispose();
    }

    private TuiController Start(string playerId, string name)
    {
        _session = new DrillSession(_hub, playerId, name);
        var settings = new TuiSettings(
            new Palette(true),
            new FixedTime(R.T0),
            new ClientConfigStore(Path.Combine(_folder.Path, "config.json")),
            () => null,
            _folder.Path);
        var controller = new TuiController(_ui.App, _ui, settings);
        controller.Attach(_session, null);
        _ui.Pump();
        return controller;
    }

    private async Task StartDrillAsync()
    {
        await _session.JoinRoomAsync(R.Code);
        _session.Receive(R.Code, [R.Roles(4), R.Started(5)]);
        _ui.Pump();
        Assert.IsType<AgentScreen>(_ui.Current);
    }
}
