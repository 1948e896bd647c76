using MessagePack;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamDrill.Grains.Storage;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Journal;

/// <summary>
/// Keeps rooms in the journal: a new room is its first snapshot; each action appends only its own
/// events (with a snapshot now and then, and a finished drill stored apart); a room comes back from its
/// snapshot plus the events after it. A room the old storage kept as one row is converted the first
/// time it is loaded.
/// </summary>
public sealed partial class RoomStore(
    JournalDatabase database, JournalWriter writer, IOptions<RoomJournalOptions> options, ILogger<RoomStore> logger)
{
    private static readonly MessagePackSerializerOptions Format = GrainStateSerializer.Options;
    private readonly RoomJournalOptions _options = options.Value;

    /// <summary>The room as storage holds it, or null if there is no such room.</summary>
    public async Task<StoredRoom?> LoadAsync(string code, CancellationToken cancellationToken = default)
    {
        var read = await database.ReadRoomAsync(code, _options.KeepEvents, cancellationToken).ConfigureAwait(false);
        if (read is null)
        {
            if (!await ConvertLegacyAsync(code, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            read = await database.ReadRoomAsync(code, _options.KeepEvents, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Room {code} was converted to the journal but cannot be read back.");
        }

        var state = MessagePackSerializer.Deserialize<RoomState>(read.Snapshot, Format);
        if (state.Seq != read.SnapshotSeq)
        {
            throw new InvalidOperationException($"Room {code}: the snapshot stored at event {read.SnapshotSeq} holds event {state.Seq}.");
        }

        var tail = new RoomEventTail(_options.KeepEvents);
        long bytesSinceSnapshot = 0;
        foreach (var entry in read.Events)
        {
            var stored = MessagePackSerializer.Deserialize<StoredEvent>(entry.Payload, Format);
            if (stored.Event.Seq != entry.Seq)
            {
                throw new InvalidOperationException($"Room {code}: journal row {entry.Seq} holds event {stored.Event.Seq}.");
            }

            if (entry.Seq > read.SnapshotSeq)
            {
                RoomTransitions.Apply(state, stored);
                bytesSinceSnapshot += entry.Payload.Length;
            }

            tail.Add(stored);
        }

        if (state.Seq != read.HeadSeq)
        {
            throw new InvalidOperationException($"Room {code}: storage says it is at event {read.HeadSeq}, but its journal ends at {state.Seq}.");
        }

        return new StoredRoom(new Room(state, tail), new SnapshotPolicy(_options.MinimumSnapshotBytes, read.Snapshot.Length, bytesSinceSnapshot));
    }

    /// <summary>Stores a new room: its first snapshot and the events that made it. Refused if the code is taken.</summary>
    public async Task<StoredRoom> CreateAsync(Room room)
    {
        var snapshot = MessagePackSerializer.Serialize(room.State, Format);
        await writer.AppendAsync(new JournalAppend
        {
            Room = room.State.Code,
            Creates = true,
            NewSeq = room.State.Seq,
            Events = [.. room.Tail.Events.Select(Entry)],
            Snapshot = snapshot,
        }).ConfigureAwait(false);
        return new StoredRoom(room, new SnapshotPolicy(_options.MinimumSnapshotBytes, snapshot.Length));
    }

    /// <summary>Appends one action's events; durable when this completes. The room must still be at <paramref name="expectedSeq"/> in storage.</summary>
    public async Task AppendAsync(StoredRoom room, long expectedSeq, IReadOnlyList<StoredEvent> events)
    {
        var entries = new JournalEntry[events.Count];
        var bytes = 0;
        List<FinishedDrillRow>? finished = null;
        for (var i = 0; i < events.Count; i++)
        {
            entries[i] = Entry(events[i]);
            bytes += entries[i].Payload.Length;
            if (events[i].Event is DebriefPublished published)
            {
                (finished ??= []).Add(FinishedDrill(published.Debrief, published.At));
            }
        }

        var snapshot = room.Snapshots.Due(bytes) ? MessagePackSerializer.Serialize(room.State, Format) : null;
        await writer.AppendAsync(new JournalAppend
        {
            Room = room.State.Code,
            ExpectedSeq = expectedSeq,
            NewSeq = room.State.Seq,
            Events = entries,
            Snapshot = snapshot,
            FinishedDrills = finished ?? [],
            ForgetThroughSeq = snapshot is not null && room.State.Seq > _options.KeepEvents ? room.State.Seq - _options.KeepEvents : null,
        }).ConfigureAwait(false);
        if (snapshot is not null)
        {
            room.Snapshots.Taken(snapshot.Length);
        }
    }

    /// <summary>
    /// Stores the room's state as it is now in place of its history: a snapshot at its current event number,
    /// the given finished drills rewritten, and every journal event dropped (clients resync from the snapshot).
    /// Used when a person's name must go from everything stored; the returned room has an empty event tail.
    /// </summary>
    public async Task<StoredRoom> RewriteAsync(StoredRoom room, IReadOnlyList<(Debrief Debrief, DateTimeOffset ScoredAt)> finishedDrills)
    {
        var seq = room.State.Seq;
        var snapshot = MessagePackSerializer.Serialize(room.State, Format);
        await writer.AppendAsync(new JournalAppend
        {
            Room = room.State.Code,
            ExpectedSeq = seq,
            NewSeq = seq,
            Snapshot = snapshot,
            FinishedDrills = [.. finishedDrills.Select(d => FinishedDrill(d.Debrief, d.ScoredAt))],
            ForgetThroughSeq = seq,
        }).ConfigureAwait(false);
        return new StoredRoom(new Room(room.State, new RoomEventTail(_options.KeepEvents)), new SnapshotPolicy(_options.MinimumSnapshotBytes, snapshot.Length));
    }

    public async Task<IReadOnlyList<DrillSummary>> FinishedDrillsAsync(string code, CancellationToken cancellationToken = default)
    {
        var rows = await database.ReadDrillSummariesAsync(code, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => MessagePackSerializer.Deserialize<DrillSummary>(r, Format))];
    }

    /// <summary>A finished drill's debrief and when it was scored, or null.</summary>
    public async Task<(Debrief Debrief, DateTimeOffset ScoredAt)?> FinishedDrillAsync(string code, int number, CancellationToken cancellationToken = default)
    {
        if (await database.ReadDrillAsync(code, number, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return null;
        }

        var summary = MessagePackSerializer.Deserialize<DrillSummary>(row.Summary, Format);
        return (MessagePackSerializer.Deserialize<Debrief>(row.Debrief, Format), summary.ScoredAt);
    }

    private static JournalEntry Entry(StoredEvent stored) => new(stored.Event.Seq, MessagePackSerializer.Serialize(stored, Format));

    private static FinishedDrillRow FinishedDrill(Debrief debrief, DateTimeOffset scoredAt) => new(
        debrief.DrillNumber,
        MessagePackSerializer.Serialize(DrillSummary.Of(debrief, scoredAt), Format),
        MessagePackSerializer.Serialize(debrief, Format));

    /// <summary>
    /// A room from before the journal: its whole state, events and debriefs in one old-style row. It becomes
    /// a snapshot, its recent events, and its finished drills, and the old row goes, in one transaction.
    /// </summary>
    private async Task<bool> ConvertLegacyAsync(string code, CancellationToken cancellationToken)
    {
        if (await database.ReadLegacyRoomAsync(code, cancellationToken).ConfigureAwait(false) is not { } payload)
        {
            return false;
        }

        var state = MessagePackSerializer.Deserialize<RoomState>(payload, Format);
        var log = MessagePackSerializer.Deserialize<LegacyRoomLog>(payload, Format);
        state.FinishedDrills = log.Debriefs.Count;
        state.LastDebrief = log.Debriefs.LastOrDefault();
        var scoredAt = log.Events.Select(e => e.Event).OfType<DebriefPublished>()
            .GroupBy(e => e.Debrief.DrillNumber).ToDictionary(g => g.Key, g => g.Last().At);
        try
        {
            await writer.AppendAsync(new JournalAppend
            {
                Room = code,
                Creates = true,
                NewSeq = state.Seq,
                Events = [.. log.Events.TakeLast(_options.KeepEvents).Select(Entry)],
                Snapshot = MessagePackSerializer.Serialize(state, Format),
                FinishedDrills = [.. log.Debriefs.Select(d => FinishedDrill(d, scoredAt.GetValueOrDefault(d.DrillNumber, d.EndedAt)))],
                DeletesLegacyRow = true,
            }).ConfigureAwait(false);
        }
        catch (JournalConflictException)
        {
            // Another activation converted it first: read what it wrote.
            return true;
        }

        LogConverted(code, log.Events.Count, log.Debriefs.Count, payload.Length);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Room {RoomCode} converted to the journal: {EventCount} events and {DrillCount} finished drills from its {Bytes}-byte row")]
    private partial void LogConverted(string roomCode, int eventCount, int drillCount, int bytes);
}
