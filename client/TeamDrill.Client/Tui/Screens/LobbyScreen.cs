using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>
/// The rooms I am in (phase and my role), who is in the selected one, and the host's controls: roles,
/// start, and during a call pause or resume, end now; moderation: removing (banning) a member, muting,
/// and lifting a ban (the host sees banned names below the members).
/// </summary>
public sealed class LobbyScreen : ScreenBase
{
    private readonly ScreenListView _rooms;
    private readonly ScreenListView _members;
    private readonly FrameView _membersFrame;
    private readonly TextField _joinCode;
    private readonly WrappedListSource _roomRows = new() { CursorGutter = true };
    private readonly WrappedListSource _memberRows = new() { CursorGutter = true };
    private IReadOnlyList<SeenRoom> _states = [];

    public LobbyScreen(Palette palette, string playerName)
        : base(palette)
    {
        Title = $"TeamDrill — lobby ({playerName})";
        var roomsFrame = new FrameView { Title = "Your rooms", X = 0, Y = 0, Width = Dim.Percent(45), Height = Dim.Fill(4) };
        _rooms = new ScreenListView { Width = Dim.Fill(), Height = Dim.Fill(), Source = _roomRows };
        _rooms.ViewportChanged += (_, _) => _roomRows.SetWidth(_rooms.Viewport.Width);
        _rooms.ValueChanged += (_, _) => ShowMembers();
        _rooms.HasFocusChanged += (_, _) => RefreshKeyBar();
        roomsFrame.Add(_rooms);

        _membersFrame = new FrameView { Title = "Members", X = Pos.Right(roomsFrame), Y = 0, Width = Dim.Fill(), Height = Dim.Fill(4) };
        _members = new ScreenListView { Width = Dim.Fill(), Height = Dim.Fill(), Source = _memberRows };
        _members.ViewportChanged += (_, _) => _memberRows.SetWidth(_members.Viewport.Width);
        _members.HasFocusChanged += (_, _) => RefreshKeyBar();
        _members.ValueChanged += (_, _) => RefreshKeyBar(); // Mute or Unmute, Unban: the bar follows the selection
        _membersFrame.Add(_members);

        _joinCode = new TextField { X = 12, Y = Pos.AnchorEnd(3), Width = 10 };
        _joinCode.Accepting += (_, e) =>
        {
            e.Handled = true;
            var code = _joinCode.Text.Trim();
            if (code.Length > 0)
            {
                JoinRequested?.Invoke(this, code);
                _joinCode.Text = "";
            }

            _rooms.SetFocus();
        };
        _joinCode.HasFocusChanged += (_, _) => RefreshKeyBar();
        Add(roomsFrame, _membersFrame, new Label { X = 0, Y = Pos.AnchorEnd(3), Text = "Join code:" }, _joinCode,
            new Label { X = 24, Y = Pos.AnchorEnd(3), Text = "(j to type a code, Enter to join)" });
        RouteKeysFrom(_rooms);
        RouteKeysFrom(_members);
        UseKeys(DeclareKeys());
        SetRooms([]);
        _rooms.SetFocus();
    }

    public event EventHandler? CreateRequested;
    public event EventHandler<string>? JoinRequested;
    public event EventHandler<string>? OpenRequested;
    public event EventHandler<string>? AutoAssignRequested;
    public event EventHandler<RoleChange>? AssignRoleRequested;
    public event EventHandler<string>? StartRequested;
    public event EventHandler<string>? LeaveRequested;
    public event EventHandler? HistoryRequested;
    public event EventHandler? LeagueRequested;
    /// <summary>Host, during a call: pause it, or resume it when paused.</summary>
    public event EventHandler<string>? PauseToggleRequested;
    public event EventHandler<string>? EndNowRequested;
    public event EventHandler<RoleChange>? RemoveRequested;
    /// <summary>Host: a projector link for the meeting-room screen (an open one is replaced).</summary>
    public event EventHandler<string>? ProjectorRequested;
    public event EventHandler<string>? ProjectorOffRequested;
    public event EventHandler<MemberChoice>? MuteRequested;
    public event EventHandler<MemberChoice>? UnmuteRequested;
    public event EventHandler<MemberChoice>? UnbanRequested;

    public SeenRoom? SelectedRoom =>
        _rooms.SelectedItem is { } row && _roomRows.KeyAt(row) is var i && i >= 0 && i < _states.Count ? _states[i] : null;

    /// <summary>Replaces the list of rooms, keeping the selection on <paramref name="selectCode"/> or the room selected before.</summary>
    public void SetRooms(IReadOnlyList<SeenRoom> rooms, string? selectCode = null)
    {
        var keep = selectCode ?? SelectedRoom?.Code;
        _states = [.. rooms.OrderBy(r => r.Code, StringComparer.Ordinal)];
        _roomRows.Clear();
        for (var i = 0; i < _states.Count; i++)
        {
            _roomRows.Add(i, RoomRow(_states[i]));
        }

        if (_states.Count == 0)
        {
            _roomRows.Add(-1, "(no rooms yet: c creates one, j joins one)");
        }

        var index = keep is null ? 0 : Math.Max(0, _states.ToList().FindIndex(r => r.Code == keep));
        _rooms.SelectedItem = _states.Count > 0 ? _roomRows.FirstRowOf(index) : null;
        ShowMembers();
    }

    public static string RoomRow(SeenRoom room)
    {
        var host = room.IAmHost ? " ★host" : "";
        var drill = room.DrillNumber > 0 ? $" #{room.DrillNumber}" : "";
        return $"{room.Code} {DisplayText.Phase(room.Phase) + drill,-10} {DisplayText.Role(room.MyRole)}{host}";
    }

    public static string MemberRow(SeenRoom room, MemberView member)
    {
        var mark = member.IsHost || member.PlayerId == room.HostId ? "★" : " ";
        var you = member.PlayerId == room.MyPlayerId ? " (you)" : "";
        var muted = member.IsMuted ? " muted" : "";
        return $"{mark} {DisplayText.Clean(member.Name) + you,-22} {DisplayText.Role(member.Role)}{muted}";
    }

    /// <summary>A banned player, listed to the host below the members.</summary>
    public static string BannedRow(string name) => $"✗ {DisplayText.Clean(name),-22} banned";

    protected override void FocusDefault() => _rooms.SetFocus();

    protected override IReadOnlyList<View> FocusCycle => [_rooms, _members, _joinCode];

    // No intro: with the moderation keys the lobby's help fills 80x24 as it is.
    protected override IEnumerable<string> HelpIntro() => [];

    private List<ScreenKey> DeclareKeys()
    {
        var typing = () => _joinCode.HasFocus;
        var browsing = () => !_joinCode.HasFocus;
        var host = () => SelectedRoom is { IAmHost: true };
        var hostOnCall = () => SelectedRoom is { IAmHost: true, Phase: DrillPhase.Call };
        const string hostOnly = "Host only:";

        // While the host runs a call its controls need the room on the bar; c and j still work.
        return
        [
            new("c", "Create", "create a room (you are its host)")
            {
                OnBar = () => browsing() && !hostOnCall(),
                Run = _ => CreateRequested?.Invoke(this, EventArgs.Empty),
            },
            new("j", "Join", "type a join code, then Enter") { OnBar = () => browsing() && !hostOnCall(), Run = _ => _joinCode.SetFocus() },
            new("Enter", "Join", "open the selected room's drill (in the join code: join the room)") { When = typing },
            new("Enter", "Open", "")
            {
                When = () => SelectedRoom is not null && (_rooms.HasFocus || _members.HasFocus),
                OnBar = () => browsing() && SelectedRoom is { Phase: not DrillPhase.Lobby },
                Run = _ => OpenRequested?.Invoke(this, SelectedRoom!.Code),
            },
            TabKey("Back to rooms", "rooms, members, join code") with { OnBar = typing },
            new("l", "Leave", "leave the selected room") { When = () => SelectedRoom is not null, OnBar = ScreenKey.Never, Run = _ => LeaveRequested?.Invoke(this, SelectedRoom!.Code) },
            new("r", "Role", "next role for the selected member (customer, agent, scorer)")
            {
                When = host,
                OnBar = () => host() && _members.HasFocus,
                Section = hostOnly,
                Run = _ => WithMember(
                    "Tab to the members list and pick someone, then r",
                    (room, member) => AssignRoleRequested?.Invoke(this, new RoleChange(room.Code, member.PlayerId, RoleChange.Next(member.Role)))),
            },
            new("k", "Remove", "remove the selected member (not customer or agent mid-call)")
            {
                When = host,
                OnBar = () => host() && _members.HasFocus,
                Section = hostOnly,
                Run = _ => WithMember(
                    "Tab to the members list and pick someone else, then k",
                    (room, member) => RemoveRequested?.Invoke(this, new RoleChange(room.Code, member.PlayerId, member.Role)),
                    exceptMe: true),
            },
            new("m", "Mute", "mute or unmute the selected member; u lifts a selected ban")
            {
                When = host,
                OnBar = () => host() && _members.HasFocus,
                LabelNow = () => SelectedRoom is { } room && SelectedMember(room) is { IsMuted: true } ? "Unmute" : "Mute",
                Section = hostOnly,
                Run = _ => WithMember(
                    "Tab to the members list and pick someone else, then m",
                    (room, member) => (member.IsMuted ? UnmuteRequested : MuteRequested)?.Invoke(this, new MemberChoice(room.Code, member.PlayerId)),
                    exceptMe: true),
            },
            new("u", "Unban", "")
            {
                When = host,
                OnBar = () => SelectedRoom is { } room && SelectedBanned(room) is not null,
                Section = hostOnly,
                Run = _ =>
                {
                    if (SelectedRoom is { } room && SelectedBanned(room) is { } name)
                    {
                        UnbanRequested?.Invoke(this, new MemberChoice(room.Code, name));
                    }
                    else
                    {
                        ShowMessage("Tab to the members list and pick a banned name, then u");
                    }
                },
            },
            new("p", "Pause", "pause or resume the running call")
            {
                When = hostOnCall,
                LabelNow = () => SelectedRoom is { Paused: true } ? "Resume" : "Pause",
                Section = hostOnly,
                Run = _ => PauseToggleRequested?.Invoke(this, SelectedRoom!.Code),
            },
            new("e", "End now", "end the call now (scoring follows)") { When = hostOnCall, Section = hostOnly, Run = _ => EndNowRequested?.Invoke(this, SelectedRoom!.Code) },
            new("a", "Auto", "fair automatic roles")
            {
                When = host,
                OnBar = () => host() && !hostOnCall(),
                Section = hostOnly,
                Run = _ => AutoAssignRequested?.Invoke(this, SelectedRoom!.Code),
            },
            new("s", "Start", "start a drill (a card the room has not played)")
            {
                When = host,
                OnBar = () => host() && !hostOnCall(),
                Section = hostOnly,
                Run = _ => StartRequested?.Invoke(this, SelectedRoom!.Code),
            },
            new("w", "Projector", "read-only link for the meeting-room screen; W revokes it")
            {
                When = host,
                OnBar = ScreenKey.Never,
                Section = hostOnly,
                Run = _ => ProjectorRequested?.Invoke(this, SelectedRoom!.Code),
            },
            // Listed in w's help line: the help overlay has no row to spare at 80x24.
            new("W", "Projector off", "")
            {
                When = host,
                OnBar = ScreenKey.Never,
                Section = hostOnly,
                Run = _ => ProjectorOffRequested?.Invoke(this, SelectedRoom!.Code),
            },
            new("h", "History", "your history") { OnBar = browsing, Run = _ => HistoryRequested?.Invoke(this, EventArgs.Empty) },
            new("g", "League", "a league's standings") { OnBar = browsing, Run = _ => LeagueRequested?.Invoke(this, EventArgs.Empty) },
            HelpKey("?", onBar: browsing),
            HelpKey("F1", onBar: typing),
            BackKey("Quit", "quit"),
        ];
    }

    private void WithMember(string otherwise, Action<SeenRoom, MemberView> act, bool exceptMe = false)
    {
        if (SelectedRoom is { } room && SelectedMember(room) is { } member && !(exceptMe && member.PlayerId == room.MyPlayerId))
        {
            act(room, member);
        }
        else
        {
            ShowMessage(otherwise);
        }
    }

    private MemberView? SelectedMember(SeenRoom room) =>
        _members.HasFocus && _members.SelectedItem is { } row && _memberRows.KeyAt(row) is var i && i >= 0 && i < room.Members.Count ? room.Members[i] : null;

    // Banned rows follow the members: their keys count on from the members'.
    private string? SelectedBanned(SeenRoom room) =>
        room.IAmHost && _members.HasFocus && _members.SelectedItem is { } row && _memberRows.KeyAt(row) - room.Members.Count is var i
        && i >= 0 && i < room.BannedNames.Count ? room.BannedNames[i] : null;

    private void ShowMembers()
    {
        var room = SelectedRoom;
        var keep = _members.SelectedItem is { } row ? Math.Max(0, _memberRows.KeyAt(row)) : 0;
        _memberRows.Clear();
        if (room is not null)
        {
            for (var i = 0; i < room.Members.Count; i++)
            {
                _memberRows.Add(i, MemberRow(room, room.Members[i]));
            }

            for (var i = 0; room.IAmHost && i < room.BannedNames.Count; i++)
            {
                _memberRows.Add(room.Members.Count + i, BannedRow(room.BannedNames[i]));
            }
        }

        var rows = room is null ? 0 : room.Members.Count + (room.IAmHost ? room.BannedNames.Count : 0);
        _members.SelectedItem = _memberRows.Count == 0 ? null : Math.Max(0, _memberRows.FirstRowOf(Math.Min(keep, rows - 1)));
        _membersFrame.Title = room is null ? "Members" : $"Members of {room.Code}";
        RefreshKeyBar();
    }
}
