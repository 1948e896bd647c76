using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Text;
using TeamDrill.Client.Tui.Widgets;
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
    }

    public DrillSession? Session => _session;

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
        _app.Invoke(() => _host.Current?.SetConnection(e.State));

    private void OnBackgroundError(object? sender, SessionErrorEventArgs e) =>
        _app.Invoke(() => _host.Current?.ShowMessage("! " + e.Message));

    // ---- routing ----

    private void RoomChanged(SeenRoom? before, SeenRoom after, RoomEvent? roomEvent)
    {
        if (_host.Current is LobbyScreen lobby)
        {
            lobby.SetRooms(AllRooms());
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
                if (current is DrillScreenBase drill && drill.Room?.Code == state.Code && drill.GetType() == ScreenTypeFor(state.MyRole))
                {
                    drill.Update(state);
                    return;
                }

                var screen = CreateDrillScreen(state);
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

    private static Type ScreenTypeFor(DrillRole role) => role switch
    {
        DrillRole.Customer => typeof(CustomerScreen),
        DrillRole.Agent => typeof(AgentScreen),
        _ => typeof(ScorerScreen),
    };

    private DrillScreenBase CreateDrillScreen(SeenRoom state)
    {
        var code = state.Code;
        DrillScreenBase screen;
        switch (state.MyRole)
        {
            case DrillRole.Customer:
                var customer = new CustomerScreen(_settings.Palette);
                customer.MessageSent += (_, text) => Call(hub => hub.SendMessage(code, text));
                customer.AngerChangeRequested += (_, level) => Call(hub => hub.SetAnger(code, level));
                customer.EndCallRequested += (_, outcome) => Call(hub => hub.EndCall(code, outcome));
                screen = customer;
                break;
            case DrillRole.Agent:
                // Asked on every keystroke: the phrasebook may still be loading when the drill starts.
                var agent = new AgentScreen(_settings.Palette, _settings.Time, text => _settings.Phrasebook()?.Match(text) ?? []);
                agent.MessageSent += (_, text) => Call(hub => hub.SendMessage(code, text));
                agent.ReflectionSubmitted += (_, text) => Call(hub => hub.SubmitReflection(code, text));
                screen = agent;
                break;
            default:
                var scorer = new ScorerScreen(_settings.Palette);
                scorer.TagRequested += (_, tag) => Call(hub => hub.TagMessage(code, tag.MessageNumber, tag.Technique, tag.Polarity));
                scorer.RubricSubmitted += (_, scores) => Call(hub => hub.SubmitRubric(code, scores), "Rubric submitted ✔ (scores stay hidden until the debrief)");
                screen = scorer;
                break;
        }

        screen.CloseScoringRequested += (_, _) => Call(hub => hub.CloseScoring(code), "Scoring closed: the debrief is being published");
        screen.BackRequested += (_, _) => LeaveRoomView();
        return screen;
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
            if (!TeamDrill.Shared.Drills.RoomCodes.TryNormalize(typed, out var code))
            {
                lobby.ShowMessage($"! a join code is {TeamDrill.Shared.Drills.RoomCodes.Shape}");
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
        lobby.AutoAssignRequested += (_, code) => Call(hub => hub.AutoAssignRoles(code));
        lobby.AssignRoleRequested += (_, change) => Call(hub => hub.AssignRole(change.RoomCode, change.PlayerId, change.Role));
        lobby.StartRequested += (_, code) => Call(hub => hub.StartDrill(code, null));
        lobby.PauseToggleRequested += (_, code) =>
        {
            var paused = _session?.GetRoom(code)?.Paused ?? false;
            Call(hub => paused ? hub.ResumeCall(code) : hub.PauseCall(code));
        };
        lobby.EndNowRequested += (_, code) => Call(hub => hub.EndCallEarly(code));
        lobby.RemoveRequested += (_, change) => Call(hub => hub.RemoveMember(change.RoomCode, change.PlayerId));
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
        if (_session?.Hub is not ILeagueHub leagues)
        {
            return;
        }

        try
        {
            var standings = await leagues.GetStandings(code);
            var assignments = await leagues.MyAssignments(code);
            _lastLeagueCode = code;
            screen.Show(standings, assignments);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            screen.ShowMessage("! " + HubErrorText.From(e));
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
        history.DebriefRequested += (_, entry) => _ = OpenHistoryDebriefAsync(history, entry);
        history.RefreshRequested += (_, _) => _ = LoadHistoryAsync(history);
        history.BackRequested += (_, _) => ShowLobby();
        _inRoomView = false;
        Show(history);
        _ = LoadHistoryAsync(history);
    }

    private async Task LoadHistoryAsync(HistoryScreen screen)
    {
        try
        {
            var entries = await _session!.Hub.GetHistory();
            screen.SetEntries(entries);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            screen.ShowMessage("! could not load your history: " + HubErrorText.From(e));
        }
    }

    private async Task OpenHistoryDebriefAsync(HistoryScreen screen, HistoryEntry entry)
    {
        try
        {
            var debrief = await _session!.Hub.GetDebrief(entry.RoomCode, entry.DrillNumber);
            ShowDebrief(debrief, fromHistory: true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            screen.ShowMessage("! could not open that debrief: " + HubErrorText.From(e));
        }
    }

    private void ShowDebrief(Debrief debrief, bool fromHistory)
    {
        _debriefFromHistory = fromHistory;
        var screen = new DebriefScreen(_settings.Palette);
        screen.Show(debrief);
        screen.ExportRequested += (_, _) => _ = screen.ExportAsync(_settings.ExportFolder);
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

    /// <summary>Runs a hub call from a screen intent; an error (or the success note) lands on whatever screen is showing then.</summary>
    private void Call(Func<IDrillHub, Task> action, string? success = null, string failurePrefix = "")
    {
        if (_session is not { } session)
        {
            return;
        }

        _ = RunAsync();

        async Task RunAsync()
        {
            try
            {
                await action(session.Hub);
                if (success is not null)
                {
                    _app.Invoke(() => _host.Current?.ShowMessage(success));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var text = "! " + failurePrefix + HubErrorText.From(e);
                _app.Invoke(() => _host.Current?.ShowMessage(text));
            }
        }
    }
}
