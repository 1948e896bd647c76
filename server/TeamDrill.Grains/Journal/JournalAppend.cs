namespace TeamDrill.Grains.Journal;

/// <summary>
/// One room's write: the events of one action, and sometimes a snapshot, a finished drill or older
/// events to forget. It lands whole or not at all, and only if the room is still at
/// <see cref="ExpectedSeq"/> in storage (a stale activation is refused).
/// </summary>
public sealed class JournalAppend
{
    public required string Room { get; init; }

    /// <summary>The room's last event number in storage before this write; ignored when <see cref="Creates"/>.</summary>
    public long ExpectedSeq { get; init; }

    /// <summary>The room's last event number after this write.</summary>
    public required long NewSeq { get; init; }

    /// <summary>The room must not exist yet (a new room, or one converted from the old storage).</summary>
    public bool Creates { get; init; }

    public IReadOnlyList<JournalEntry> Events { get; init; } = [];

    /// <summary>The room's whole state as of <see cref="NewSeq"/>, written now and then.</summary>
    public byte[]? Snapshot { get; init; }

    public IReadOnlyList<FinishedDrillRow> FinishedDrills { get; init; } = [];

    /// <summary>Events up to this number are no longer needed (a snapshot covers them and clients are past them).</summary>
    public long? ForgetThroughSeq { get; init; }

    /// <summary>A room converted from the old one-row storage: that row is deleted in the same transaction.</summary>
    public bool DeletesLegacyRow { get; init; }

    public int Bytes => Events.Sum(e => e.Payload.Length) + (Snapshot?.Length ?? 0) + FinishedDrills.Sum(d => d.Summary.Length + d.Debrief.Length);
}
