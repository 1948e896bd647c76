using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using TeamDrill.Grains.Content;
using TeamDrill.Grains.Journal;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Rooms;
/// <summary>The room's storage: creating, reading back after a failure, and appending each action's events before anyone hears of them.</summary>
public sealed partial class RoomGrain
{
    /// <summary>Stores a room that did not exist; if the write fails the grain is left as empty as before.</summary>
    private async Task<Room> StoreNew(Func<Room> create)
    {
        await Reload();
        if (_room is not null)
        {
            throw new DrillRuleException($"Room {Code} already exists.");
        }

        var room = create();
        try
        {
            _room = await _store.CreateAsync(room);
            _metrics.RoomIs(Code, room.State.Phase);
        }
        catch (JournalConflictException)
        {
            throw new DrillRuleException($"Room {Code} already exists.");
        }
        catch (JournalUnavailableException ex)
        {
            throw Unavailable(ex);
        }

        // Edges that subscribed before the room existed count on every event reaching them.
        var created = room.Tail.Events.Select(e => new RoomDelivery(e.Event, e.Audience.OnlyPlayers)).ToList();
        await _observers.Notify(o => o.OnEvents(Code, created));
        return room;
    }

    /// <summary>The room, as storage holds it.</summary>
    private async Task<StoredRoom> Current()
    {
        await Reload();
        return _room ?? throw RoomNotOpenException.For(Code);
    }

    /// <summary>
    /// After a write failed, the state here may be ahead of storage: read the room back before serving
    /// anything (the edges stay subscribed to this activation). Fails, retryably, while storage is down.
    /// </summary>
    private async Task Reload()
    {
        if (!_outOfStep)
        {
            return;
        }

        try
        {
            _room = await _store.LoadAsync(Code);
        }
        catch (JournalUnavailableException ex)
        {
            throw Unavailable(ex);
        }

        _outOfStep = false;
        ScheduleDeadline();
    }

    private async Task<T> Read<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (JournalUnavailableException ex)
        {
            throw Unavailable(ex);
        }
    }

    private RoomUnavailableException Unavailable(Exception cause)
    {
        // The cause is logged here; only the sentence travels to the edge (a driver's exception need not cross processes).
        LogStorageUnavailable(cause, Code);
        return new RoomUnavailableException($"Room {Code} could not reach its storage just now; nothing changed. Try again in a moment.");
    }

    /// <summary>Runs a player's action once per action id (<see cref="Room.Once"/>), as <see cref="Act"/> does.</summary>
    private Task ActOnce(string playerId, string actionId, Func<Room, IReadOnlyList<StoredEvent>> action) =>
        Act(playerId, room => room.Once(playerId, actionId, action), actionId: actionId);

    /// <summary>
    /// Runs one rule, persists what changed, then publishes. Nothing is published that was not stored.
    /// A cancelled room refuses every action but its own (repeated) cancellation.
    /// </summary>
    private async Task Act(Func<Room, IReadOnlyList<StoredEvent>> action, bool evenIfCancelled = false) =>
        await Act(actorId: null, action, evenIfCancelled);

    /// <summary>
    /// An action by a member: anyone else gets the refusal a missing room gets, before any other rule speaks;
    /// except the retry of an action already stored (<paramref name="actionId"/>), which succeeds as it did.
    /// </summary>
    private async Task Act(string? actorId, Func<Room, IReadOnlyList<StoredEvent>> action, bool evenIfCancelled = false, string? actionId = null)
    {
        var stored = await Current();
        var room = stored.Room;
        var before = room.State.Seq;
        IReadOnlyList<StoredEvent> events;
        try
        {
            if (actorId is not null && !(actionId is not null && room.HasDone(actorId, actionId)))
            {
                room.RequireMember(actorId);
            }

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
            await _store.AppendAsync(stored, before, events);
        }
        catch (Exception ex) when (ex is JournalConflictException or JournalUnavailableException)
        {
            // The state here moved ahead of storage: the next call reads the room back first. A conflict
            // means another activation owns the room: this one goes, so calls reach that one.
            _outOfStep = true;
            StopTimer();
            if (ex is JournalConflictException)
            {
                DeactivateOnIdle();
            }

            LogWriteFailed(ex, Code);
            throw new RoomUnavailableException($"Room {Code} could not save that just now, so it did not happen. Try again in a moment.");
        }

        _metrics.RoomIs(Code, room.State.Phase);

        // Every event goes to the edges, even one nobody may see, so each push is a run of consecutive numbers.
        var deliveries = new List<RoomDelivery>(events.Count);
        DebriefPublished? published = null;
        foreach (var appended in events)
        {
            deliveries.Add(new RoomDelivery(appended.Event, appended.Audience.OnlyPlayers));

            switch (appended.Event)
            {
                case MessagePosted:
                    _metrics.Messages.Add(1);
                    break;
                case DrillStarted:
                    _metrics.DrillsStarted.Add(1);
                    break;
                case DebriefPublished debrief:
                    _metrics.DrillsFinished.Add(1);
                    published = debrief;
                    break;
            }
        }

        await _observers.Notify(o => o.OnEvents(Code, deliveries));

        if (published is not null)
        {
            await _archives.SaveAsync(published.Debrief, published.At);
            if (room.State.LeagueId.Length > 0)
            {
                await GrainFactory.GetGrain<TeamDrill.Grains.Leagues.ILeagueDebriefSink>(room.State.LeagueId).RecordDebrief(Code, published.Debrief);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store an action of room {RoomCode}; it was refused and the room reloads from storage")]
    private partial void LogWriteFailed(Exception exception, string roomCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomCode} could not reach its storage")]
    private partial void LogStorageUnavailable(Exception exception, string roomCode);
}
