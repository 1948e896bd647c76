using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using TeamDrill.Grains.Content;
using TeamDrill.Grains.Journal;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Rooms;

/// <summary>
/// Holds a room's state, runs the rules in <see cref="Room"/>, appends the new events to the room's
/// journal before it answers, then pushes them to every subscribed edge.
/// </summary>
public sealed partial class RoomGrain : Grain, IRoomGrain
{
    private readonly RoomStore _store;
    private readonly IContentCatalog _content;
    private readonly TeamDrill.Grains.Archives.DrillArchiveStore _archives;
    private readonly RoomMetrics _metrics;
    private readonly RoomOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RoomGrain> _logger;
    private readonly ObserverManager<IRoomObserver> _observers;
    private IGrainTimer? _deadlineTimer;

    /// <summary>The room, or null while there is no room with this code.</summary>
    private StoredRoom? _room;

    /// <summary>Set when a write failed: the state here may be ahead of storage, so this activation serves nothing more.</summary>
    private bool _outOfStep;

    public RoomGrain(
        RoomStore store,
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
        try
        {
            _room = await _store.LoadAsync(Code, cancellationToken);
        }
        catch (JournalUnavailableException ex)
        {
            throw Unavailable(ex);
        }

        if (_room is not null)
        {
            _metrics.RoomIs(Code, _room.State.Phase);
        }

        if (_room?.State.Phase is DrillPhase.Call or DrillPhase.Scoring)
        {
            // A call or scoring that ran out while nobody was here (or the server was down) ends now.
            await Act(room => room.ExpireCall(Now));
            await Act(room => room.ExpireScoring(Now));
            ScheduleDeadline();
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _metrics.RoomGone(Code);
        return base.OnDeactivateAsync(reason, cancellationToken);
    }

    public async Task<RoomSnapshot> Create(string hostId, string hostName, string actionId)
    {
        await Reload();
        if (_room?.Room is { } made && made.HasDone(hostId, actionId))
        {
            return made.SnapshotFor(hostId); // a retried create: this is the room it made
        }

        var room = await StoreNew(() => Room.Create(Code, hostId, hostName, Now, actionId));
        LogRoomCreated(Code, hostId);
        return room.SnapshotFor(hostId);
    }

    public async Task<RoomSnapshot> CreateForLeague(LeagueRoomSetup setup)
    {
        var room = await StoreNew(() => Room.CreateForLeague(
            Code, setup.LeagueId, setup.FacilitatorId, setup.FacilitatorName, setup.Members.Select(m => (m.PlayerId, m.Name, m.Role)).ToList(), Now));
        return room.SnapshotFor(setup.FacilitatorId);
    }

    public async Task<RoomSnapshot> Join(string playerId, string name)
    {
        await Act(room => room.Join(playerId, name, Now, _options.MaxMembers));
        return (await Current()).Room.SnapshotFor(playerId);
    }

    public Task Leave(string playerId, string actionId) => ActOnce(playerId, actionId, room => room.Leave(playerId, Now));

    public Task AssignRole(string actorId, string player, DrillRole role, string actionId) =>
        ActOnce(actorId, actionId, room => room.AssignRole(actorId, player, role, Now));

    public Task AutoAssign(string actorId, string actionId) => ActOnce(actorId, actionId, room => room.AutoAssign(actorId, Random.Shared, Now));

    public async Task StartDrill(string actorId, string? cardId, string actionId)
    {
        await ActOnce(actorId, actionId, room => room.StartDrill(
            actorId, played => _content.Pick(cardId, played, Random.Shared), _options.CallTimeLimit, Now, _options.ScoringTimeLimit));
        ScheduleDeadline();
    }

    public Task RemoveMember(string actorId, string player, string actionId) =>
        ActOnce(actorId, actionId, room => room.RemoveMember(actorId, player, Now));

    public Task UnbanMember(string actorId, string player, string actionId) =>
        ActOnce(actorId, actionId, room => room.UnbanMember(actorId, player, Now));

    public Task MuteMember(string actorId, string player, string actionId) =>
        ActOnce(actorId, actionId, room => room.MuteMember(actorId, player, Now));

    public Task UnmuteMember(string actorId, string player, string actionId) =>
        ActOnce(actorId, actionId, room => room.UnmuteMember(actorId, player, Now));

    public async Task PauseCall(string actorId, string actionId)
    {
        await ActOnce(actorId, actionId, room => room.PauseCall(actorId, Now));
        StopTimer();
    }

    public async Task ResumeCall(string actorId, string actionId)
    {
        await ActOnce(actorId, actionId, room => room.ResumeCall(actorId, Now));
        ScheduleDeadline();
    }

    public async Task EndCallEarly(string actorId, string actionId)
    {
        await ActOnce(actorId, actionId, room => room.EndCallEarly(actorId, Now));
        ScheduleDeadline();
    }

    public Task PostMessage(string actorId, string text, string actionId) =>
        ActOnce(actorId, actionId, room => room.PostMessage(actorId, text, Now, _content.Coach));

    public Task SetAnger(string actorId, int level, string actionId) => ActOnce(actorId, actionId, room => room.SetAnger(actorId, level, Now));

    public Task Tag(string actorId, int messageNumber, string technique, TagPolarity polarity, string actionId) =>
        ActOnce(actorId, actionId, room => room.Tag(actorId, messageNumber, technique, polarity, Now));

    public async Task EndCall(string actorId, CallOutcome outcome, string actionId)
    {
        await ActOnce(actorId, actionId, room => room.EndCall(actorId, outcome, Now));
        ScheduleDeadline();
    }

    public Task SubmitRubric(string actorId, Dictionary<string, int?> scores, string actionId) =>
        ActOnce(actorId, actionId, room => room.SubmitRubric(actorId, scores, Now));

    public Task CloseScoring(string actorId, string actionId) => ActOnce(actorId, actionId, room => room.CloseScoring(actorId, Now));

    public Task SubmitReflection(string actorId, string text, string actionId) =>
        ActOnce(actorId, actionId, room => room.SubmitReflection(actorId, text, Now));

    public Task SubmitReflectionParts(string actorId, string whatWorked, string doDifferently, string actionId) =>
        ActOnce(actorId, actionId, room => room.SubmitReflection(actorId, whatWorked, doDifferently, Now));

    public Task SubmitSupport(string actorId, string text, string actionId) =>
        ActOnce(actorId, actionId, room => room.SubmitSupport(actorId, text, Now));

    public Task RateFidelity(string actorId, int score, string actionId) =>
        ActOnce(actorId, actionId, room => room.RateFidelity(actorId, score, Now));

    public async Task CancelLeagueRoom(string actorId, string reason)
    {
        await Act(actorId, room => room.CancelLeagueRoom(actorId, reason, Now), evenIfCancelled: true);
        StopTimer();
    }

    public async Task<ResyncResult> Resync(string playerId, long afterSeq) => (await Current()).Room.Resync(playerId, afterSeq);

    public async Task<RoomSnapshot> GetSnapshot(string playerId) => (await Current()).Room.SnapshotFor(playerId);

    public async Task<IReadOnlyList<HistoryEntry>> History(string playerId)
    {
        var room = (await Current()).Room;
        return room.HistoryFor(playerId, await Read(() => _store.FinishedDrillsAsync(Code)));
    }

    public async Task<Debrief> GetDebrief(string playerId, int drillNumber)
    {
        var room = (await Current()).Room;
        room.RequireDrillReader(playerId, drillNumber);
        var stored = room.IsEarlierDrill(drillNumber) ? await Read(() => _store.FinishedDrillAsync(Code, drillNumber)) : null;
        return room.GetDebrief(playerId, drillNumber, stored?.Debrief);
    }

    public async Task<byte[]> GetArchive(string playerId, int drillNumber)
    {
        var room = (await Current()).Room;
        room.RequireDrillReader(playerId, drillNumber);
        var stored = await Read(() => _store.FinishedDrillAsync(Code, drillNumber));
        var debrief = room.GetDebrief(playerId, drillNumber, stored?.Debrief);
        return Shared.Archives.DrillArchiveWriter.ToBytes(
            TeamDrill.Grains.Archives.DrillArchiveStore.ToArchive(debrief, stored?.ScoredAt ?? debrief.EndedAt));
    }

    public async Task<long> Subscribe(IRoomObserver observer)
    {
        _observers.Subscribe(observer, observer);
        await Reload();
        return _room?.State.Seq ?? 0;
    }

    public async Task<RoomCatchUp> CatchUp(long afterSeq)
    {
        var room = (await Current()).Room;
        var seq = room.State.Seq;
        if (afterSeq < 0 || afterSeq > seq || !room.Tail.Covers(afterSeq, seq))
        {
            return new RoomCatchUp([], Complete: false, seq);
        }

        return new RoomCatchUp([.. room.Tail.After(afterSeq).Select(e => new RoomDelivery(e.Event, e.Audience.OnlyPlayers))], Complete: true, seq);
    }

    public Task Unsubscribe(IRoomObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>One timer for whichever deadline is next: the end of the call, or the end of scoring.</summary>
    private void ScheduleDeadline()
    {
        StopTimer();
        if (_room?.State is not { } state)
        {
            return;
        }

        var drill = state.Current;
        DateTimeOffset? deadline = state.Phase switch
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
                var phase = state.Phase;
                await Act(room => phase == DrillPhase.Call ? room.ExpireCall(Now) : room.ExpireScoring(Now));
                if (!_outOfStep && state.Phase != phase)
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
}
