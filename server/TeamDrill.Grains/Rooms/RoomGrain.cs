using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using TeamDrill.Grains.Content;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Rooms;

/// <summary>
/// Holds a room's state, runs the rules in <see cref="Room"/>, persists before it answers, then
/// pushes the new events to every subscribed edge.
/// </summary>
public sealed partial class RoomGrain : Grain, IRoomGrain
{
    private readonly IPersistentState<RoomState> _store;
    private readonly IContentCatalog _content;
    private readonly TeamDrill.Grains.Archives.DrillArchiveStore _archives;
    private readonly RoomMetrics _metrics;
    private readonly RoomOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RoomGrain> _logger;
    private readonly ObserverManager<IRoomObserver> _observers;
    private IGrainTimer? _deadlineTimer;

    public RoomGrain(
        [PersistentState("room", GrainStorageNames.Default)] IPersistentState<RoomState> store,
        IContentCatalog content,
        TeamDrill.Grains.Archives.DrillArchiveStore archives,
        RoomMetrics metrics,
        IOptions<RoomOptions> options,
        TimeProvider time,
        ILogger<RoomGrain> logger)
    {
        _store = store;
        _content = content;
        _archives = archives;
        _metrics = metrics;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _observers = new ObserverManager<IRoomObserver>(_options.ObserverExpiry, logger);
    }

    private string Code => this.GetPrimaryKeyString();

    private DateTimeOffset Now => _time.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (_store.State.Exists && _store.State.Phase is DrillPhase.Call or DrillPhase.Scoring)
        {
            // A call or scoring that ran out while nobody was here (or the server was down) ends now.
            await Act(room => room.ExpireCall(Now));
            await Act(room => room.ExpireScoring(Now));
            ScheduleDeadline();
        }
    }

    public async Task<RoomSnapshot> Create(string hostId, string hostName)
    {
        if (_store.State.Exists)
        {
            throw new DrillRuleException($"Room {Code} already exists.");
        }

        var room = await StoreNew(Room.Create(Code, hostId, hostName, Now));
        LogRoomCreated(Code, hostId);
        return room.SnapshotFor(hostId);
    }

    public async Task<RoomSnapshot> CreateForLeague(LeagueRoomSetup setup)
    {
        if (_store.State.Exists)
        {
            throw new DrillRuleException($"Room {Code} already exists.");
        }

        var room = await StoreNew(Room.CreateForLeague(
            Code, setup.LeagueId, setup.FacilitatorId, setup.FacilitatorName, setup.Members.Select(m => (m.PlayerId, m.Name, m.Role)).ToList(), Now));
        return room.SnapshotFor(setup.FacilitatorId);
    }

    public async Task<RoomSnapshot> Join(string playerId, string name)
    {
        await Act(room => room.Join(playerId, name, Now, _options.MaxMembers));
        return Existing().SnapshotFor(playerId);
    }

    public Task Leave(string playerId) => Act(room => room.Leave(playerId, Now));

    public Task AssignRole(string actorId, string player, DrillRole role) => Act(room => room.AssignRole(actorId, player, role, Now));

    public Task AutoAssign(string actorId) => Act(room => room.AutoAssign(actorId, Random.Shared, Now));

    public async Task StartDrill(string actorId, string? cardId)
    {
        await Act(room => room.StartDrill(
            actorId, played => _content.Pick(cardId, played, Random.Shared), _options.CallTimeLimit, Now, _options.ScoringTimeLimit));
        ScheduleDeadline();
    }

    public Task RemoveMember(string actorId, string player) => Act(room => room.RemoveMember(actorId, player, Now));

    public async Task PauseCall(string actorId)
    {
        await Act(room => room.PauseCall(actorId, Now));
        StopTimer();
    }

    public async Task ResumeCall(string actorId)
    {
        await Act(room => room.ResumeCall(actorId, Now));
        ScheduleDeadline();
    }

    public async Task EndCallEarly(string actorId)
    {
        await Act(room => room.EndCallEarly(actorId, Now));
        ScheduleDeadline();
    }

    public Task PostMessage(string actorId, string text) => Act(room => room.PostMessage(actorId, text, Now, _content.Coach));

    public Task SetAnger(string actorId, int level) => Act(room => room.SetAnger(actorId, level, Now));

    public Task Tag(string actorId, int messageNumber, string technique, TagPolarity polarity) =>
        Act(room => room.Tag(actorId, messageNumber, technique, polarity, Now));

    public async Task EndCall(string actorId, CallOutcome outcome)
    {
        await Act(room => room.EndCall(actorId, outcome, Now));
        ScheduleDeadline();
    }

    public Task SubmitRubric(string actorId, Dictionary<string, int?> scores) => Act(room => room.SubmitRubric(actorId, scores, Now));

    public Task CloseScoring(string actorId) => Act(room => room.CloseScoring(actorId, Now));

    public Task SubmitReflection(string actorId, string text) => Act(room => room.SubmitReflection(actorId, text, Now));

    public Task RateFidelity(string actorId, int score) => Act(room => room.RateFidelity(actorId, score, Now));

    public async Task CancelLeagueRoom(string actorId, string reason)
    {
        await Act(room => room.CancelLeagueRoom(actorId, reason, Now), evenIfCancelled: true);
        StopTimer();
    }

    public Task<ResyncResult> Resync(string playerId, long afterSeq)
    {
        var room = Existing();
        var oldest = room.State.Events.Count == 0 ? room.State.Seq : room.State.Events[0].Event.Seq;
        if (afterSeq < 0 || afterSeq > room.State.Seq || afterSeq < oldest - 1)
        {
            // The client's number is from another life of this room (or no longer kept): start it afresh.
            return Task.FromResult(new ResyncResult { Snapshot = room.SnapshotFor(playerId) });
        }

        return Task.FromResult(new ResyncResult { Events = room.EventsFor(playerId, afterSeq) });
    }

    public Task<RoomSnapshot> GetSnapshot(string playerId) => Task.FromResult(Existing().SnapshotFor(playerId));

    public Task<IReadOnlyList<HistoryEntry>> History(string playerId) => Task.FromResult(Existing().HistoryFor(playerId));

    public Task<Debrief> GetDebrief(string playerId, int drillNumber) => Task.FromResult(Existing().GetDebrief(playerId, drillNumber));

    public Task<byte[]> GetArchive(string playerId, int drillNumber)
    {
        var room = Existing();
        var debrief = room.GetDebrief(playerId, drillNumber);
        var scoredAt = room.State.Events.Select(e => e.Event).OfType<DebriefPublished>()
            .FirstOrDefault(e => e.Debrief.DrillNumber == drillNumber)?.At ?? debrief.EndedAt;
        return Task.FromResult(Shared.Archives.DrillArchiveWriter.ToBytes(TeamDrill.Grains.Archives.DrillArchiveStore.ToArchive(debrief, scoredAt)));
    }

    public Task Subscribe(IRoomObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IRoomObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>Stores a room that did not exist; if the write fails the grain is left as empty as before.</summary>
    private async Task<Room> StoreNew(Room room)
    {
        _store.State = room.State;
        try
        {
            await _store.WriteStateAsync();
        }
        catch
        {
            _store.State = new RoomState();
            throw;
        }

        return room;
    }

    private Room Existing()
    {
        if (!_store.State.Exists)
        {
            throw new DrillRuleException($"There is no room {Code}. Check the code with whoever created it.");
        }

        return new Room(_store.State);
    }

    /// <summary>
    /// Runs one rule, persists what changed, then publishes. Nothing is published that was not stored.
    /// A cancelled room refuses every action but its own (repeated) cancellation.
    /// </summary>
    private async Task Act(Func<Room, IReadOnlyList<StoredEvent>> action, bool evenIfCancelled = false)
    {
        var room = Existing();
        IReadOnlyList<StoredEvent> events;
        try
        {
            if (!evenIfCancelled)
            {
                room.RequireNotCancelled();
            }

            events = action(room);
        }
        catch (DrillRuleException)
        {
            _metrics.Refusals.Add(1);
            throw;
        }

        if (events.Count == 0)
        {
            return;
        }

        try
        {
            await _store.WriteStateAsync();
        }
        catch (Exception ex)
        {
            // The in-memory state moved ahead of storage: take storage's word for it again.
            LogWriteFailed(ex, Code);
            await _store.ReadStateAsync();
            throw;
        }

        var deliveries = events.Select(e => new RoomDelivery(e.Event, e.Audience.OnlyPlayers)).ToList();
        await _observers.Notify(o => o.OnEvents(Code, deliveries));
        foreach (var e in events)
        {
            switch (e.Event)
            {
                case MessagePosted:
                    _metrics.Messages.Add(1);
                    break;
                case DrillStarted:
                    _metrics.DrillsStarted.Add(1);
                    break;
                case DebriefPublished:
                    _metrics.DrillsFinished.Add(1);
                    break;
            }
        }

        foreach (var published in events.Select(e => e.Event).OfType<DebriefPublished>())
        {
            await _archives.SaveAsync(published.Debrief, published.At);
            if (_store.State.LeagueId.Length > 0)
            {
                await GrainFactory.GetGrain<TeamDrill.Grains.Leagues.ILeagueDebriefSink>(_store.State.LeagueId).RecordDebrief(Code, published.Debrief);
            }
        }
    }

    /// <summary>One timer for whichever deadline is next: the end of the call, or the end of scoring.</summary>
    private void ScheduleDeadline()
    {
        StopTimer();
        var drill = _store.State.Current;
        DateTimeOffset? deadline = _store.State.Phase switch
        {
            DrillPhase.Call when drill?.PausedAt is not null => null,
            DrillPhase.Call => drill?.CallEndsAt,
            DrillPhase.Scoring => drill?.ScoringEndsAt,
            _ => null,
        };
        if (deadline is not { } at)
        {
            return;
        }

        var due = at - Now;
        _deadlineTimer = this.RegisterGrainTimer(
            async _ =>
            {
                var phase = _store.State.Phase;
                await Act(room => phase == DrillPhase.Call ? room.ExpireCall(Now) : room.ExpireScoring(Now));
                if (_store.State.Phase != phase)
                {
                    ScheduleDeadline();
                }
            },
            (object?)null,
            new GrainTimerCreationOptions(due < TimeSpan.Zero ? TimeSpan.Zero : due, TimeSpan.FromSeconds(1)) { KeepAlive = true });
    }

    private void StopTimer()
    {
        _deadlineTimer?.Dispose();
        _deadlineTimer = null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room {RoomCode} created by {PlayerId}")]
    private partial void LogRoomCreated(string roomCode, string playerId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store room {RoomCode}; the action was not applied")]
    private partial void LogWriteFailed(Exception exception, string roomCode);
}
