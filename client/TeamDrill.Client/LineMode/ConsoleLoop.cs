using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.LineMode;

/// <summary>
/// The line-mode client over a <see cref="DrillSession"/>: reads commands, prints every event as lines.
/// Commands run one at a time, in the order typed, so a piped script behaves like a person typing.
/// </summary>
public sealed class ConsoleLoop : IDisposable
{
    private readonly DrillSession _session;
    private readonly TextWriter _out;
    private string? _currentRoom;

    public ConsoleLoop(DrillSession session, TextWriter output)
    {
        _session = session;
        // Events arrive on the connection's thread while a command runs: keep each line whole.
        _out = TextWriter.Synchronized(output);
        _session.EventApplied += OnEventApplied;
        _session.SnapshotApplied += OnSnapshotApplied;
        _session.RoomLeft += OnRoomLeft;
        _session.ConnectionStateChanged += OnConnectionStateChanged;
        _session.BackgroundError += OnBackgroundError;
    }

    /// <summary>The room plain text goes to: the one last created or joined.</summary>
    public string? CurrentRoom => Volatile.Read(ref _currentRoom);

    public async Task RunAsync(TextReader input, CancellationToken cancellationToken = default)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || !await HandleLineAsync(line).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Runs one typed line; false when the player asked to quit.</summary>
    public async Task<bool> HandleLineAsync(string line)
    {
        var parsed = CommandParser.Parse(line);
        if (parsed.Error is { } error)
        {
            Error(error);
            return true;
        }

        if (parsed.Command is not { } command)
        {
            return true;
        }

        if (command is QuitCommand)
        {
            return false;
        }

        try
        {
            await RunAsync(command).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Error(HubErrorText.From(e));
        }

        return true;
    }

    public void Dispose()
    {
        _session.EventApplied -= OnEventApplied;
        _session.SnapshotApplied -= OnSnapshotApplied;
        _session.RoomLeft -= OnRoomLeft;
        _session.ConnectionStateChanged -= OnConnectionStateChanged;
        _session.BackgroundError -= OnBackgroundError;
    }

    private async Task RunAsync(ConsoleCommand command)
    {
        var hub = _session.Hub;
        switch (command)
        {
            case HelpCommand:
                Print(["commands:", .. CommandHelp.Lines()]);
                break;
            case CreateCommand:
                var created = await _session.CreateRoomAsync().ConfigureAwait(false);
                Volatile.Write(ref _currentRoom, created.Code);
                break;
            case JoinCommand join:
                var joined = await _session.JoinRoomAsync(join.Code).ConfigureAwait(false);
                Volatile.Write(ref _currentRoom, joined.Code);
                break;
            case DebriefCommand debrief:
                var debriefCode = debrief.Code ?? RequireRoom()?.Code;
                if (debriefCode is not null)
                {
                    Print(DebriefFormatter.Format(await hub.GetDebrief(debriefCode, debrief.DrillNumber).ConfigureAwait(false)));
                }

                break;
            case CardsCommand:
                Print(["cards:", .. ListingFormatter.Cards(await hub.ListCards().ConfigureAwait(false))]);
                break;
            case HistoryCommand:
                Print(["history:", .. ListingFormatter.History(await hub.GetHistory().ConfigureAwait(false))]);
                break;
            default:
                if (RequireRoom() is { } room)
                {
                    await RunInRoomAsync(command, room).ConfigureAwait(false);
                }

                break;
        }
    }

    private async Task RunInRoomAsync(ConsoleCommand command, SeenRoom room)
    {
        var hub = _session.Hub;
        var code = room.Code;
        switch (command)
        {
            case SayCommand say:
                await hub.SendMessage(code, say.Text, ActionIds.New()).ConfigureAwait(false);
                break;
            case LeaveCommand:
                await _session.LeaveRoomAsync(code).ConfigureAwait(false);
                break;
            case RoomCommand:
                Print(RoomSummaryFormatter.Room(room));
                break;
            case RoleCommand role:
                await hub.AssignRole(code, ResolvePlayer(room, role.Player), role.Role, ActionIds.New()).ConfigureAwait(false);
                break;
            case AutoCommand:
                await hub.AutoAssignRoles(code, ActionIds.New()).ConfigureAwait(false);
                break;
            case StartCommand start:
                await hub.StartDrill(code, start.CardId, ActionIds.New()).ConfigureAwait(false);
                break;
            case AngerCommand anger:
                await hub.SetAnger(code, anger.Level, ActionIds.New()).ConfigureAwait(false);
                break;
            case TagCommand tag:
                if (CheckTaggable(room, tag.MessageNumber) is { } tagError)
                {
                    Error(tagError);
                    break;
                }

                await hub.TagMessage(code, tag.MessageNumber, tag.Technique, tag.Polarity, ActionIds.New()).ConfigureAwait(false);
                break;
            case EndCommand end:
                await hub.EndCall(code, end.Outcome, ActionIds.New()).ConfigureAwait(false);
                break;
            case RubricCommand:
                Print(["rubric:", .. ListingFormatter.Rubric(room.Rubric)]);
                break;
            case ScoreCommand score:
                if (!RubricScores.TryResolve(score, room.Rubric, out var scores, out var scoreError))
                {
                    Error(scoreError);
                    break;
                }

                await hub.SubmitRubric(code, scores, ActionIds.New()).ConfigureAwait(false);
                break;
            case CloseCommand:
                await hub.CloseScoring(code, ActionIds.New()).ConfigureAwait(false);
                break;
            case ReflectCommand { DoDifferently: null } reflect:
                await hub.SubmitReflection(code, reflect.Text, ActionIds.New()).ConfigureAwait(false);
                break;
            case ReflectCommand reflect:
                await hub.SubmitReflectionParts(code, reflect.Text, reflect.DoDifferently, ActionIds.New()).ConfigureAwait(false);
                break;
            case SupportCommand support:
                await hub.SubmitSupport(code, support.Text, ActionIds.New()).ConfigureAwait(false);
                break;
            case FidelityCommand fidelity:
                await hub.RateFidelity(code, fidelity.Score, ActionIds.New()).ConfigureAwait(false);
                break;
            case PauseCommand:
                await hub.PauseCall(code, ActionIds.New()).ConfigureAwait(false);
                break;
            case ResumeCommand:
                await hub.ResumeCall(code, ActionIds.New()).ConfigureAwait(false);
                break;
            case EndNowCommand:
                await hub.EndCallEarly(code, ActionIds.New()).ConfigureAwait(false);
                break;
            case RemoveCommand remove:
                await hub.RemoveMember(code, ResolvePlayer(room, remove.Player), ActionIds.New()).ConfigureAwait(false);
                break;
            case ProjectorCommand { Off: true }:
                await hub.RevokeWatchLink(code).ConfigureAwait(false);
                Print(["* the projector link is revoked: its page stops and says so"]);
                break;
            case ProjectorCommand:
                var link = await hub.CreateWatchLink(code).ConfigureAwait(false);
                Print([$"* projector link (read-only; open it on the meeting-room screen; /projector off revokes it): {link}"]);
                break;
            case UnbanCommand unban:
                await hub.UnbanMember(code, unban.Player, ActionIds.New()).ConfigureAwait(false);
                break;
            case MuteCommand mute:
                await hub.MuteMember(code, ResolvePlayer(room, mute.Player), ActionIds.New()).ConfigureAwait(false);
                break;
            case UnmuteCommand unmute:
                await hub.UnmuteMember(code, ResolvePlayer(room, unmute.Player), ActionIds.New()).ConfigureAwait(false);
                break;
            case SaveCommand save:
                var bytes = await hub.GetArchive(code, save.DrillNumber).ConfigureAwait(false);
                var path = save.Path ?? TeamDrill.Shared.Archives.DrillArchiveFormat.FileName(code, save.DrillNumber);
                try
                {
                    await File.WriteAllBytesAsync(path, bytes).ConfigureAwait(false);
                    Print([$"* saved drill {save.DrillNumber} to {path}"]);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Error($"cannot write {path}: {ex.Message}");
                }

                break;
            default:
                Error($"'{command.GetType().Name}' is not handled by this client");
                break;
        }
    }

    private SeenRoom? RequireRoom()
    {
        var code = CurrentRoom;
        var room = code is null ? null : _session.GetRoom(code);
        if (room is null)
        {
            Error("not in a room: /create one or /join CODE first");
        }

        return room;
    }

    // A tag refers to a message this client has seen; only the agent's messages are tagged.
    private static string? CheckTaggable(SeenRoom room, int number)
    {
        // Outside the call and scoring the server gives the refusal, naming the phase.
        if (!TagRules.IsOpen(room.Phase))
        {
            return null;
        }

        var message = room.FindMessage(number);
        if (message is null)
        {
            return $"no message [{number}] in this drill";
        }

        return TagRules.IsTaggable(message.Role) ? null : $"message [{number}] is not the agent's: only agent messages are tagged";
    }

    // The player may type a name in any case; send the member's id when the name is known.
    private static string ResolvePlayer(SeenRoom room, string typed)
    {
        var matches = room.Members.Where(m => string.Equals(DisplayText.Clean(m.Name), typed, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0].PlayerId : typed;
    }

    private void OnEventApplied(object? sender, RoomEventAppliedEventArgs e) => PrintForRoom(e.RoomCode, RoomEventFormatter.Format(e));

    private void OnSnapshotApplied(object? sender, RoomSnapshotAppliedEventArgs e)
    {
        if (e.Reason is SnapshotReason.Created or SnapshotReason.Joined)
        {
            Volatile.Write(ref _currentRoom, e.RoomCode);
        }

        var lines = e.Reason switch
        {
            SnapshotReason.Created => [$"room {e.RoomCode} created", .. RoomSummaryFormatter.Room(e.State)],
            SnapshotReason.Joined => [$"room {e.RoomCode} joined", .. RoomSummaryFormatter.Snapshot(e.State)],
            _ => (IEnumerable<string>)[$"~ room {e.RoomCode} reloaded from the server", .. RoomSummaryFormatter.Snapshot(e.State)],
        };
        Print(lines);
    }

    private void OnRoomLeft(object? sender, RoomLeftEventArgs e)
    {
        if (e.Error is null)
        {
            Print([$"* you left room {e.RoomCode}"]);
        }
        else
        {
            Error($"dropped room {e.RoomCode}: {e.Error}");
        }

        if (string.Equals(CurrentRoom, e.RoomCode, StringComparison.OrdinalIgnoreCase))
        {
            Volatile.Write(ref _currentRoom, _session.RoomCodes.FirstOrDefault());
        }
    }

    private void OnConnectionStateChanged(object? sender, ConnectionStateChangedEventArgs e)
    {
        var line = e.State switch
        {
            ConnectionState.Connected => "~ connected",
            ConnectionState.Reconnecting => "~ reconnecting",
            ConnectionState.Resynced => "~ resynced",
            ConnectionState.Disconnected => e.Reason is null ? "~ disconnected" : $"~ disconnected: {e.Reason}",
            _ => null,
        };
        if (line is not null)
        {
            Print([line]);
        }
    }

    private void OnBackgroundError(object? sender, SessionErrorEventArgs e) => Error(e.Message);

    private void PrintForRoom(string code, IEnumerable<string> lines)
    {
        // Only news from a room other than the current one says which room it is from.
        var current = CurrentRoom;
        var prefix = current is null || string.Equals(current, code, StringComparison.OrdinalIgnoreCase) ? "" : $"({code}) ";
        Print(lines.Select(l => prefix + l));
    }

    private void Error(string message) => Print([$"! {message}"]);

    private void Print(IEnumerable<string> lines)
    {
        // One write per block so another thread's line cannot land in the middle of it.
        var block = string.Concat(lines.Select(l => l + Environment.NewLine));
        _out.Write(block);
        _out.Flush();
    }
}
