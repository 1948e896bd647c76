using RoomCodes = TeamDrill.Shared.Drills.RoomCodes;
using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Shared.Content;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.App;

namespace TeamDrill.Client.Tui;

/// <summary>
/// Owns the session and decides which screen shows what. Session events arrive on the connection's
/// threads and are marshalled to the UI thread with <see cref="IApplication.Invoke(Action)"/>; screen
/// intents become hub calls that are awaited (never waited on), their errors shown on the screen.
/// </summary>
public sealed class TuiController : IAsyncDisposable
{
    private readonly IApplication _app;
    private readonly IScreenHost _host;
    private readonly TuiSettings _settings;
    private readonly HubCalls _calls;
    private readonly DrillScreens _drillScreens;
    private readonly ServerReads _reads;
    private DrillSession? _session;
    private IAsyncDisposable? _connection;
    private string? _room;
    private bool _inRoomView;
    private string _lastLeagueCode = "";
    private bool _debriefFromHistory;
    private bool _closed;

    public TuiController(IApplication app, IScreenHost host, TuiSettings settings)
    {
        _app = app;
        _host = host;
        _settings = settings;
        _calls = new HubCalls(app, host, () => _session);
        _drillScreens = new DrillScreens(settings, _calls);
        _reads = new ServerReads(() => _session, new DebriefExport(settings.ExportFolder, settings.Phrasebook));
    }

    public DrillSession? Session => _session;

    /// <summary>Set when the client must stop: the sentence to print once the screen is gone (a server of another version).</summary>
    public string? ExitMessage { get; private set; }

    /// <summary>The room the player is looking at (the last one created, joined or opened).</summary>
    public string? CurrentRoom => _room;

    public void ShowSignIn(string server, string name, string code = "", string? error = null)
    {
        var screen = new SignInScreen(_settings.Palette, server, name, code);
        screen.SignInRequested += async (_, form) => await SignInAsync(screen, form);
        screen.BackRequested += (_, _) => _host.Quit();
        if (error is not null)
        {
            screen.ShowError(error);
        }

        _host.Show(screen);
    }

    /// <summary>Takes over a connected session (tests pass one over a fake hub) and shows the lobby, or <paramref name="joined"/>.</summary>
    public void Attach(DrillSession session, IAsyncDisposable? connection, SeenRoom? joined = null)
    {
        _session = session;
        _connection = connection;
        session.EventApplied += OnEventApplied;
        session.SnapshotApplied += OnSnapshotApplied;
        session.RoomLeft += OnRoomLeft;
        session.ConnectionStateChanged += OnConnectionStateChanged;
        session.BackgroundError += OnBackgroundError;
        if (joined is not null)
        {
            OpenRoom(joined.Code);
        }
        else
        {
            ShowLobby();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _closed = true;
        if (_session is { } session)
        {
            session.EventApplied -= OnEventApplied;
            session.SnapshotApplied -= OnSnapshotApplied;
            session.RoomLeft -= OnRoomLeft;
            session.ConnectionStateChanged -= OnConnectionStateChanged;
            session.BackgroundError -= OnBackgroundError;
        }

        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    private async Task SignInAsync(SignInScreen screen, SignInForm form)
    {
        screen.SetBusy(true);
        var result = await new SignInFlow(_settings.ConfigStore).RunAsync(form);
        if (_closed)
        {
            // The player quit while signing in.
            if (result.Connection is { } late)
            {
                await late.DisposeAsync();
            }

            return;
        }

        if (result.MustUpgrade)
        {
            // One line at the bottom would cut the download address off: print it in full after the screen.
            ExitMessage = result.Error;
            _host.Quit();
            return;
        }

        if (result.Error is { } error || result.Connection is null)
        {
            screen.ShowError(result.Error ?? "sign-in failed");
            return;
        }

        Attach(result.Connection.Session, result.Connection, result.Joined);
    }

    // ---- session events (connection threads) -> UI thread ----

    private void OnEventApplied(object? sender, RoomEventAppliedEventArgs e) =>
        _app.Invoke(() => RoomChanged(e.Before, e.After, e.Event));

    private void OnSnapshotApplied(object? sender, RoomSnapshotAppliedEventArgs e) =>
        _app.Invoke(() =>
        {
            if (e.Reason is SnapshotReason.Created or SnapshotReason.Joined)
            {
                OpenRoom(e.RoomCode);
            }
            else
            {
                RoomChanged(null, e.State, null);
            }
        });

    private void OnRoomLeft(object? sender, RoomLeftEventArgs e) =>
        _app.Invoke(() =>
        {
            if (string.Equals(_room, e.RoomCode, StringComparison.OrdinalIgnoreCase))
            {
                _room = null;
                _inRoomView = false;
            }

            ShowLobby();
            _host.Current?.ShowMessage(e.Error is null ? $"You left room {e.RoomCode}" : $"! dropped room {e.RoomCode}: {e.Error}");
        });

    private void OnConnectionStateChanged(object? sender, ConnectionStateChangedEventArgs e) =>
        _app.Invoke(() =>
        {
            _host.Current?.SetConnection(e.State);
            if (e.State == ConnectionState.Disconnected && e.Reason is { } reason)
            {
                _host.Current?.ShowMessage("! " + reason);
            }
        });

    private void OnBackgroundError(object? sender, SessionErrorEventArgs e) =>
        _app.Invoke(() => _host.Current?.ShowMessage("! " + e.Message));

    // ---- routing ----

    private void RoomChanged(SeenRoom? before, SeenRoom after, RoomEvent? roomEvent)
    {
        if (_host.Current is LobbyScreen lobby)
        {
            lobby.SetRooms(AllRooms());
        }

        if (ModerationNotice.For(roomEvent, after) is { } notice)
        {
            _host.Current?.ShowMessage(notice);
        }

        if (!string.Equals(after.Code, _room, StringComparison.OrdinalIgnoreCase))
        {
            if (roomEvent is DrillStarted && after.MyRole != DrillRole.None)
            {
                _host.Current?.ShowMessage($"A drill started in room {after.Code}: you are the {DisplayText.Role(after.MyRole)} (Enter on it in the lobby)");
            }

            return;
        }

        // A new phase pulls the player back into the room's view (the call starts, the debrief is out).
        var newPhase = before is not null && (before.Phase != after.Phase || before.DrillNumber != after.DrillNumber);
        if (newPhase && after.Phase != DrillPhase.Lobby)
        {
            _inRoomView = true;
        }

        if (_inRoomView)
        {
            ShowRoom(after);
        }
    }

    private void OpenRoom(string code)
    {
        _room = code;
        _inRoomView = true;
        if (_session?.GetRoom(code) is { } state)
        {
            ShowRoom(state);
        }
    }

    private void ShowRoom(SeenRoom state)
    {
        var current = _host.Current;
        switch (state.Phase)
        {
            case DrillPhase.Call or DrillPhase.Scoring when state.MyRole != DrillRole.None:
                if (current is DrillScreenBase drill && drill.Room?.Code == state.Code && drill.GetType() == DrillScreens.ScreenTypeFor(state.MyRole))
                {
                    drill.Update(state);
                    return;
                }

                var screen = _drillScreens.Create(state, LeaveRoomView);
                screen.Update(state);
                Show(screen);
                return;
            case DrillPhase.Debrief when state.Debrief is { } debrief:
                if (current is DebriefScreen shown && shown.Debrief?.RoomCode == debrief.RoomCode && shown.Debrief.DrillNumber == debrief.DrillNumber)
                {
                    return;
                }

                ShowDebrief(debrief, fromHistory: false);
                return;
            default:
                ShowLobby(state.Code);
                if (state.Cancelled.Length > 0)
                {
                    _host.Current?.ShowMessage(DisplayText.Clean(state.Cancelled));
                }
                else if (state.Phase is DrillPhase.Call or DrillPhase.Scoring)
                {
                    _host.Current?.ShowMessage($"A drill is running in {state.Code}; you have no role in it. Wait for the next one.");
                }

                return;
        }
    }

    private void LeaveRoomView()
    {
        _inRoomView = false;
        ShowLobby(_room);
    }

    private void ShowLobby(string? select = null)
    {
        if (_session is not { } session)
        {
            return;
        }

        if (_host.Current is LobbyScreen existing)
        {
            existing.SetRooms(AllRooms(), select);
            return;
        }

        var lobby = new LobbyScreen(_settings.Palette, DisplayText.Clean(session.PlayerName));
        lobby.SetRooms(AllRooms(), select ?? _room);
        lobby.CreateRequested += (_, _) => Call(_ => session.CreateRoomAsync());
        lobby.JoinRequested += (_, typed) =>
        {
            if (!RoomCodes.TryNormalize(typed, out var code))
            {
                lobby.ShowMessage($"! a join code is {RoomCodes.Shape}");
                return;
            }

            Call(_ => session.JoinRoomAsync(code), failurePrefix: $"could not join room {code}: ");
        };
        lobby.OpenRequested += (_, code) =>
        {
            OpenRoom(code);
            if (_host.Current is LobbyScreen still && _session?.GetRoom(code) is { Phase: DrillPhase.Lobby })
            {
                still.ShowMessage($"Room {code} is in its lobby: the host starts the drill");
            }
        };
        lobby.AutoAssignRequested += (_, code) => Call(hub => hub.AutoAssignRoles(code, ActionIds.New()));
        lobby.AssignRoleRequested += (_, change) => Call(hub => hub.AssignRole(change.RoomCode, change.PlayerId, change.Role, ActionIds.New()));
        lobby.StartRequested += (_, code) => Call(hub => hub.StartDrill(code, null, ActionIds.New()));
        lobby.PauseToggleRequested += (_, code) =>
        {
            var paused = _session?.GetRoom(code)?.Paused ?? false;
            Call(hub => paused ? hub.ResumeCall(code, ActionIds.New()) : hub.PauseCall(code, ActionIds.New()));
        };
        lobby.EndNowRequested += (_, code) => Call(hub => hub.EndCallEarly(code, ActionIds.New()));
        lobby.RemoveRequested += (_, change) => Call(hub => hub.RemoveMember(change.RoomCode, change.PlayerId, ActionIds.New()));
        lobby.ProjectorRequested += (_, code) => _calls.RunShowingAnswer(async hub => "Projector: " + await hub.CreateWatchLink(code));
        lobby.ProjectorOffRequested += (_, code) => Call(hub => hub.RevokeWatchLink(code), "The projector link is revoked.");
        lobby.MuteRequested += (_, choice) => Call(hub => hub.MuteMember(choice.RoomCode, choice.Player, ActionIds.New()));
        lobby.UnmuteRequested += (_, choice) => Call(hub => hub.UnmuteMember(choice.RoomCode, choice.Player, ActionIds.New()));
        lobby.UnbanRequested += (_, choice) => Call(hub => hub.UnbanMember(choice.RoomCode, choice.Player, ActionIds.New()));
        lobby.LeaveRequested += (_, code) => Call(_ => session.LeaveRoomAsync(code));
        lobby.HistoryRequested += (_, _) => ShowHistory();
        lobby.LeagueRequested += (_, _) => ShowLeague();
        lobby.BackRequested += (_, _) => _host.Quit();
        Show(lobby);
    }

    private void ShowLeague()
    {
        var screen = new LeagueScreen(_settings.Palette, _session?.PlayerName ?? "", _lastLeagueCode);
        screen.LoadRequested += (_, code) => _ = LoadLeagueAsync(screen, code);
        screen.JoinRoomRequested += (_, code) => _ = JoinFromLeagueAsync(code);
        screen.BackRequested += (_, _) => ShowLobby();
        _inRoomView = false;
        Show(screen);
        if (_lastLeagueCode.Length > 0)
        {
            _ = LoadLeagueAsync(screen, _lastLeagueCode);
        }
    }

    private async Task LoadLeagueAsync(LeagueScreen screen, string code)
    {
        if (await _reads.LoadLeagueAsync(screen, code))
        {
            _lastLeagueCode = code;
        }
    }

    private async Task JoinFromLeagueAsync(string roomCode)
    {
        if (_session is not { } session)
        {
            return;
        }

        try
        {
            await session.JoinRoomAsync(roomCode);
            ShowLobby();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _host.Current?.ShowMessage($"! could not join room {roomCode}: {HubErrorText.From(e)}");
        }
    }

    private void ShowHistory()
    {
        var history = new HistoryScreen(_settings.Palette);
        history.DebriefRequested += (_, entry) => _ = _reads.OpenDebriefAsync(history, entry, debrief => ShowDebrief(debrief, fromHistory: true));
        history.RefreshRequested += (_, _) => _ = _reads.LoadHistoryAsync(history);
        history.BackRequested += (_, _) => ShowLobby();
        _inRoomView = false;
        Show(history);
        _ = _reads.LoadHistoryAsync(history);
    }

    private void ShowDebrief(Debrief debrief, bool fromHistory)
    {
        _debriefFromHistory = fromHistory;
        var screen = new DebriefScreen(_settings.Palette);
        screen.Show(debrief);
        screen.ExportRequested += (_, shown) => _ = _reads.ExportAsync(screen, shown);
        screen.BackRequested += (_, _) =>
        {
            if (_debriefFromHistory)
            {
                ShowHistory();
            }
            else
            {
                LeaveRoomView();
            }
        };
        Show(screen);
    }

    private void Show(ScreenBase screen)
    {
        if (_session is { } session)
        {
            screen.SetConnection(session.ConnectionState);
        }

        _host.Show(screen);
    }

    private IReadOnlyList<SeenRoom> AllRooms() =>
        _session is { } session ? [.. session.RoomCodes.Select(session.GetRoom).OfType<SeenRoom>()] : [];

    private void Call(Func<IDrillHub, Task> action, string? success = null, string failurePrefix = "") =>
        _calls.Run(action, success, failurePrefix);
}
