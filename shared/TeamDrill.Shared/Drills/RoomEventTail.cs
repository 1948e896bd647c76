namespace TeamDrill.Shared.Drills;

/// <summary>
/// The room's most recent events, for clients that reconnect and ask for what they missed. It keeps at
/// most <see cref="Capacity"/> events; a client further behind gets a fresh snapshot instead.
/// </summary>
public sealed class RoomEventTail(int capacity = RoomEventTail.DefaultCapacity)
{
    public const int DefaultCapacity = 1000;

    // Dropping the oldest half at a time keeps appends cheap (no shift per event).
    private readonly List<StoredEvent> _events = [];

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count => _events.Count;

    /// <summary>The number of the oldest event kept, or null when none is.</summary>
    public long? OldestSeq => _events.Count == 0 ? null : _events[0].Event.Seq;

    public IReadOnlyList<StoredEvent> Events => _events;

    public void Add(StoredEvent stored)
    {
        if (_events.Count > 0 && stored.Event.Seq <= _events[^1].Event.Seq)
        {
            throw new InvalidOperationException($"Event {stored.Event.Seq} arrives after event {_events[^1].Event.Seq}.");
        }

        if (_events.Count >= Capacity + Capacity / 2)
        {
            _events.RemoveRange(0, _events.Count - Capacity);
        }

        _events.Add(stored);
    }

    /// <summary>
    /// Whether every event after <paramref name="afterSeq"/> up to <paramref name="lastSeq"/> is kept
    /// (true when there is nothing after it).
    /// </summary>
    public bool Covers(long afterSeq, long lastSeq) =>
        afterSeq >= lastSeq || (OldestSeq is { } oldest && oldest <= afterSeq + 1);

    /// <summary>The events after <paramref name="afterSeq"/>, oldest first.</summary>
    public IEnumerable<StoredEvent> After(long afterSeq)
    {
        var low = 0;
        var high = _events.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_events[middle].Event.Seq <= afterSeq)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < _events.Count; i++)
        {
            yield return _events[i];
        }
    }
}
