using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>
/// The rooms I am in (phase and my role), who is in the selected one, and the host's controls.
/// Pause, end and removing a player are not offered: the server does not support them yet.
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
        _rooms.HasFocusChanged += (_, _) => UpdateHints();
        roomsFrame.Add(_rooms);

        _membersFrame = new FrameView { Title = "Members", X = Pos.Right(roomsFrame), Y = 0, Width = Dim.Fill(), Height = Dim.Fill(4) };
        _members = new ScreenListView { Width = Dim.Fill(), Height = Dim.Fill(), Source = _memberRows };
        _members.ViewportChanged += (_, _) => _memberRows.SetWidth(_members.Viewport.Width);
        _members.HasFocusChanged += (_, _) => UpdateHints();
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
        _joinCode.HasFocusChanged += (_, _) => UpdateHints();
        Add(roomsFrame, _membersFrame, new Label { X = 0, Y = Pos.AnchorEnd(3), Text = "Join code:" }, _joinCode,
            new Label { X = 24, Y = Pos.AnchorEnd(3), Text = "(j to type a code, Enter to join)" });
        RouteKeysFrom(_rooms);
        RouteKeysFrom(_members);
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
        return $"{mark} {DisplayText.Clean(member.Name) + you,-22} {DisplayText.Role(member.Role)}";
    }

    protected override void FocusDefault() => _rooms.SetFocus();

    protected override IReadOnlyList<View> FocusCycle => [_rooms, _members, _joinCode];

    protected override void OnFocusCycled() => UpdateHints();

    protected override bool HandleKey(Key key)
    {
        var room = SelectedRoom;
        switch (key.AsRune.Value)
        {
            case 'c':
                CreateRequested?.Invoke(this, EventArgs.Empty);
                return true;
            case 'j':
                _joinCode.SetFocus();
                return true;
            case 'h':
                HistoryRequested?.Invoke(this, EventArgs.Empty);
                return true;
            case 'g':
                LeagueRequested?.Invoke(this, EventArgs.Empty);
                return true;
            case 'a' when room is { IAmHost: true }:
                AutoAssignRequested?.Invoke(this, room.Code);
                return true;
            case 's' when room is { IAmHost: true }:
                StartRequested?.Invoke(this, room.Code);
                return true;
            case 'r' when room is { IAmHost: true }:
                if (SelectedMember(room) is { } member)
                {
                    AssignRoleRequested?.Invoke(this, new RoleChange(room.Code, member.PlayerId, RoleChange.Next(member.Role)));
                }
                else
                {
                    ShowMessage("Tab to the members list and pick someone, then r");
                }

                return true;
            case 'p' when room is { IAmHost: true, Phase: DrillPhase.Call }:
                PauseToggleRequested?.Invoke(this, room.Code);
                return true;
            case 'e' when room is { IAmHost: true, Phase: DrillPhase.Call }:
                EndNowRequested?.Invoke(this, room.Code);
                return true;
            case 'k' when room is { IAmHost: true }:
                if (SelectedMember(room) is { } removed && removed.PlayerId != room.MyPlayerId)
                {
                    RemoveRequested?.Invoke(this, new RoleChange(room.Code, removed.PlayerId, removed.Role));
                }
                else
                {
                    ShowMessage("Tab to the members list and pick someone else, then k");
                }

                return true;
            case 'l' when room is not null:
                LeaveRequested?.Invoke(this, room.Code);
                return true;
        }

        if (key == Key.Enter && room is not null && (_rooms.HasFocus || _members.HasFocus))
        {
            OpenRequested?.Invoke(this, room.Code);
            return true;
        }

        return false;
    }

    protected override IEnumerable<string> HelpLines() =>
    [
        "Your rooms on the left; the selected room's members on the right (★ host).",
        "c        create a room (you are its host)",
        "j        type a join code, then Enter",
        "Enter    open the room's running or finished drill",
        "Tab      rooms, members, join code",
        "l        leave the selected room       h  your history      g  a league's standings",
        "Host only:",
        "r        next role for the selected member (customer, agent, scorer)",
        "a        fair automatic roles          s  start a drill (a new card)",
        "p        pause or resume the running call  e  end the call now (scoring follows)",
        "k        remove the selected member (not the customer or agent while on the call)",
    ];

    private MemberView? SelectedMember(SeenRoom room) =>
        _members.HasFocus && _members.SelectedItem is { } row && _memberRows.KeyAt(row) is var i && i >= 0 && i < room.Members.Count ? room.Members[i] : null;

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
        }

        _members.SelectedItem = _memberRows.Count == 0 ? null : Math.Max(0, _memberRows.FirstRowOf(Math.Min(keep, room!.Members.Count - 1)));
        _membersFrame.Title = room is null ? "Members" : $"Members of {room.Code}";
        UpdateHints();
    }

    private void UpdateHints()
    {
        if (_joinCode.HasFocus)
        {
            KeyBar.SetHints([new("Enter", "Join"), new("Tab", "Back to rooms"), new("F1", "Help"), new("Esc", "Quit")]);
            return;
        }

        var room = SelectedRoom;
        // While the host runs a call its controls need the room on the bar; c and j still work.
        var hostOnCall = room is { IAmHost: true, Phase: DrillPhase.Call };
        var hints = hostOnCall ? new List<KeyHint>() : [new("c", "Create"), new("j", "Join")];
        if (room is not null && room.Phase != DrillPhase.Lobby)
        {
            hints.Add(new("Enter", "Open"));
        }

        if (room is { IAmHost: true })
        {
            if (_members.HasFocus)
            {
                hints.Add(new("r", "Role"));
                hints.Add(new("k", "Remove"));
            }

            if (room.Phase == DrillPhase.Call)
            {
                hints.Add(new("p", room.Paused ? "Resume" : "Pause"));
                hints.Add(new("e", "End now"));
            }
            else
            {
                hints.Add(new("a", "Auto"));
                hints.Add(new("s", "Start"));
            }
        }

        hints.Add(new("h", "History"));
        hints.Add(new("g", "League"));
        hints.Add(new("?", "Help"));
        hints.Add(new("Esc", "Quit"));
        KeyBar.SetHints(hints);
    }
}
