using TeamDrill.Client.Session;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.Input;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

[Collection(TuiCollection.Name)]
public sealed class LobbyScreenTests : IDisposable
{
    private readonly Headless _ui = new();

    [Fact]
    public void a_message_keeps_its_underscores_so_a_projector_link_shown_there_still_opens()
    {
        var lobby = _ui.Show(new LobbyScreen(new Palette(true), "Ana"));

        lobby.ShowMessage("Projector: http://192.168.1.20:5080/watch/K7QX2M?key=K6OTFhwS_X8QTz0wBtVDMg");

        Assert.Contains("key=K6OTFhwS_X8QTz0wBtVDMg", _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void lists_my_rooms_with_my_role_and_who_is_present()
    {
        var lobby = _ui.Show(new LobbyScreen(new Palette(true), "Ana"));
        var room = SeenRoom.FromSnapshot(R.Lobby(), "p-ana").Apply(R.Roles(4));

        lobby.SetRooms([room]);

        var text = _ui.Text;
        Assert.Contains("ABC234 lobby", text);
        Assert.Contains("customer ★host", text);
        Assert.Contains("★ Ana (you)", text);
        Assert.Contains("Ben", text);
        Assert.Contains("agent", text);
        Assert.Contains("Cy", text);
    }

    [Fact]
    public void the_host_keys_in_the_key_bar_raise_the_host_intents()
    {
        var lobby = _ui.Show(new LobbyScreen(new Palette(true), "Ana"));
        lobby.SetRooms([SeenRoom.FromSnapshot(R.Lobby(), "p-ana")]);
        var raised = new List<string>();
        lobby.CreateRequested += (_, _) => raised.Add("create");
        lobby.AutoAssignRequested += (_, code) => raised.Add("auto " + code);
        lobby.StartRequested += (_, code) => raised.Add("start " + code);
        lobby.HistoryRequested += (_, _) => raised.Add("history");
        lobby.AssignRoleRequested += (_, change) => raised.Add($"role {change.PlayerId} {change.Role}");

        var bar = lobby.KeyBar.Line;
        Assert.Contains("c Create", bar);
        Assert.Contains("a Auto", bar);
        Assert.Contains("s Start", bar);
        Assert.Contains("h History", bar);
        Assert.Contains("c Create", _ui.Lines[^2]);

        _ui.Type("cash");
        _ui.Press(Key.Tab, Key.CursorDown);
        Assert.Contains("r Role", lobby.KeyBar.Line);
        _ui.Type("r");

        Assert.Equal(["create", "auto ABC234", "start ABC234", "history", "role p-ben Customer"], raised);
    }

    [Fact]
    public void during_a_call_the_host_keys_pause_end_and_remove_as_the_key_bar_says()
    {
        var lobby = _ui.Show(new LobbyScreen(new Palette(true), "Ana"));
        lobby.SetRooms([TuiRoom.OnCall("p-ana")]);
        var raised = new List<string>();
        lobby.PauseToggleRequested += (_, code) => raised.Add("pause " + code);
        lobby.EndNowRequested += (_, code) => raised.Add("end " + code);
        lobby.RemoveRequested += (_, change) => raised.Add("remove " + change.PlayerId);

        Assert.Contains("p Pause", lobby.KeyBar.Line);
        Assert.Contains("e End now", lobby.KeyBar.Line);
        Assert.DoesNotContain("s Start", lobby.KeyBar.Line);
        _ui.Type("pe");
        _ui.Press(Key.Tab, Key.CursorDown);
        Assert.Contains("k Remove", lobby.KeyBar.Line);
        _ui.Type("k");

        Assert.Equal(["pause ABC234", "end ABC234", "remove p-ben"], raised);
        lobby.SetRooms([TuiRoom.OnCall("p-ana") with { Paused = true }]);
        Assert.Contains("p Resume", lobby.KeyBar.Line);
    }

    [Fact]
    public void the_host_asks_for_a_projector_link_with_w_and_revokes_it_with_shift_w()
    {
        var lobby = _ui.Show(new LobbyScreen(new Palette(true), "Ana"));
        lobby.SetRooms([SeenRoom.FromSnapshot(R.Lobby(), "p-ana")]);
        var raised = new List<string>();
        lobby.ProjectorRequested += (_, code) => raised.Add("projector " + code);
        lobby.ProjectorOffRequested += (_, code) => raised.Add("off " + code);

        _ui.Type("wW");

        Assert.Equal(["projector ABC234", "off ABC234"], raised);
        Assert.Contains(lobby.Keys.HelpLines(), l => l.Contains("read-only link for the meeting-room screen", StringComparison.Ordinal));
    }

    [Fact]
    public void a_member_who_is_not_host_gets_no_projector_link()
    {
        var lobby = _ui.Show(new LobbyScreen(new Palette(true), "Ben"));
        lobby.SetRooms([SeenRoom.FromSnapshot(R.Lobby(), "p-ben")]);
        var raised = 0;
        lobby.ProjectorRequested += (_, _) => raised++;

        _ui.Type("w");

        Assert.Equal(0, raised);
    }

    [Fact]
    public void the_host_mutes_with_m_and_lifts_a_ban_with_u_on_the_banned_name_below_the_members()
    {
        var lobby = _ui.Show(new LobbyScreen(new Palette(true), "Ana"));
        var room = SeenRoom.FromSnapshot(R.Lobby(), "p-ana")
            .Apply(new MemberMuted { Seq = 4, PlayerId = "p-ben", Name = "Ben" })
            .Apply(new MemberBanned { Seq = 5, PlayerId = "p-cy", Name = "Cy" });
        lobby.SetRooms([room]);
        var raised = new List<string>();
        lobby.MuteRequested += (_, choice) => raised.Add("mute " + choice.Player);
        lobby.UnmuteRequested += (_, choice) => raised.Add("unmute " + choice.Player);
        lobby.UnbanRequested += (_, choice) => raised.Add("unban " + choice.Player);

        Assert.Contains("Ben", _ui.Text);
        Assert.Contains("muted", _ui.Text);
        Assert.Contains("✗ Cy", _ui.Text);
        _ui.Press(Key.Tab, Key.CursorDown);
        Assert.Contains("m Unmute", lobby.KeyBar.Line);
        _ui.Type("m");
        _ui.Press(Key.CursorDown);
        Assert.Contains("u Unban", lobby.KeyBar.Line);
        _ui.Type("u");

        Assert.Equal(["unmute p-ben", "unban Cy"], raised);
    }

    [Fact]
    public void a_member_who_is_not_host_gets_no_host_controls()
    {
        var lobby = _ui.Show(new LobbyScreen(new Palette(true), "Ben"));
        lobby.SetRooms([SeenRoom.FromSnapshot(R.Lobby(), "p-ben")]);
        var raised = 0;
        lobby.AutoAssignRequested += (_, _) => raised++;
        lobby.StartRequested += (_, _) => raised++;

        _ui.Type("as");

        Assert.Equal(0, raised);
        Assert.DoesNotContain("s Start", lobby.KeyBar.Line);
        Assert.DoesNotContain("★host", _ui.Text);
    }

    [Fact]
    public void j_then_a_code_and_enter_joins_that_room()
    {
        var lobby = _ui.Show(new LobbyScreen(new Palette(true), "Ana"));
        string? joined = null;
        lobby.JoinRequested += (_, code) => joined = code;

        _ui.Type("jxyz789");
        _ui.Press(Key.Enter);

        Assert.Equal("xyz789", joined);
    }

    [Fact]
    public void enter_opens_a_running_drill_and_esc_asks_to_quit()
    {
        var lobby = _ui.Show(new LobbyScreen(new Palette(true), "Ben"));
        lobby.SetRooms([TuiRoom.OnCall("p-ben")]);
        string? opened = null;
        var back = 0;
        lobby.OpenRequested += (_, code) => opened = code;
        lobby.BackRequested += (_, _) => back++;

        Assert.Contains("Enter Open", lobby.KeyBar.Line);
        _ui.Press(Key.Enter, Key.Esc);

        Assert.Equal("ABC234", opened);
        Assert.Equal(1, back);
    }

    [Fact]
    public void question_mark_shows_the_lobby_help_with_the_host_controls()
    {
        var lobby = _ui.Show(new LobbyScreen(new Palette(true), "Ana"));

        _ui.Type("?");

        Assert.True(lobby.HelpVisible);
        Assert.Contains("create a room", _ui.Text);
        Assert.Contains("pause or resume the running call", _ui.Text);
        Assert.Contains("remove the selected member", _ui.Text);
    }

    public void Dispose() => _ui.Dispose();
}
