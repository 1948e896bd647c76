using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// What one client knows of one room, built the way the real client builds it (a snapshot, then events
/// in sequence order), and everything the client would notice going wrong: an event it already had, a
/// sequence number going backwards, a message number skipped, two texts for one message number.
/// Not thread-safe: <see cref="FailoverPlayer"/> calls it under its lock.
/// </summary>
public sealed class RoomView(string code, string who)
{
    private readonly SortedDictionary<int, TranscriptMessage> _transcript = [];
    private readonly List<string> _problems = [];
    private readonly List<(long Seq, DateTime At)> _messagesApplied = [];

    public string Code { get; } = code;

    /// <summary>Sequence number of the last event (or snapshot) applied.</summary>
    public long LastSeq { get; private set; }

    public DrillPhase Phase { get; private set; }

    /// <summary>Snapshots taken in place of events because a resync could not give events.</summary>
    public int ResyncSnapshots { get; private set; }

    /// <summary>Pushes that repeated part of a resync's answer after a reconnect; the client drops them, as the real one does.</summary>
    public int OverlapDropped { get; private set; }

    public IReadOnlyList<TranscriptMessage> Transcript => [.. _transcript.Values];

    /// <summary>The anger level last announced, or -1 before any.</summary>
    public int Anger { get; private set; } = -1;

    /// <summary>Tags this player was told about (a scorer hears of its own tags during the call).</summary>
    public int Tags { get; private set; }

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>When (UTC) each <see cref="MessagePosted"/> was applied.</summary>
    public IReadOnlyList<(long Seq, DateTime At)> MessagesApplied => _messagesApplied;

    /// <summary>A snapshot replaces what the client knew; it must not be older than what the client had seen.</summary>
    public void Adopt(RoomSnapshot snapshot, bool fromResync)
    {
        if (snapshot.Seq < LastSeq)
        {
            _problems.Add($"{who} got a snapshot of {Code} at seq {snapshot.Seq} after it had seen seq {LastSeq}: the room went back in time.");
        }

        foreach (var message in snapshot.Transcript)
        {
            if (_transcript.TryGetValue(message.Number, out var had) && had.Text != message.Text)
            {
                _problems.Add($"{who} saw message {message.Number} of {Code} as '{had.Text}' and then, in a snapshot, as '{message.Text}'.");
            }
        }

        _transcript.Clear();
        foreach (var message in snapshot.Transcript)
        {
            _transcript[message.Number] = message;
        }

        Anger = snapshot.Anger;
        Tags = snapshot.Tags.Count;
        ResyncSnapshots += fromResync ? 1 : 0;
        LastSeq = Math.Max(LastSeq, snapshot.Seq);
        Phase = snapshot.Phase;
    }

    /// <summary>
    /// Applies one event. An event the client already has is a duplicate or a reordering, and a problem,
    /// except above <paramref name="resyncedAfter"/>: after a reconnect, pushes released between the
    /// re-join and the resync repeat part of the resync's answer (and can arrive after it); the real
    /// client drops them by sequence number too. Anything from before the resync's starting point is
    /// still a problem.
    /// </summary>
    public void Apply(RoomEvent roomEvent, long? resyncedAfter = null)
    {
        if (roomEvent.Seq <= LastSeq)
        {
            if (roomEvent.Seq > resyncedAfter)
            {
                OverlapDropped++;
            }
            else
            {
                _problems.Add($"{who} received {roomEvent.GetType().Name} seq {roomEvent.Seq} of {Code} after seq {LastSeq}: a duplicate or out of order.");
            }

            return;
        }

        LastSeq = roomEvent.Seq;
        switch (roomEvent)
        {
            case DrillStarted started:
                _transcript.Clear();
                Anger = started.StartingAnger;
                Phase = DrillPhase.Call;
                break;
            case MessagePosted posted:
                ApplyMessage(posted);
                break;
            case AngerChanged anger:
                Anger = anger.Level;
                break;
            case MessageTagged:
                Tags++;
                break;
            case CallEnded:
                Phase = DrillPhase.Scoring;
                break;
            case DebriefPublished:
                Phase = DrillPhase.Debrief;
                break;
        }
    }

    private void ApplyMessage(MessagePosted posted)
    {
        var message = posted.Message;
        if (_transcript.TryGetValue(message.Number, out var had))
        {
            _problems.Add($"{who} received message {message.Number} of {Code} twice: '{had.Text}' (before) and '{message.Text}' (seq {posted.Seq}).");
        }
        else if (message.Number != Highest() + 1)
        {
            var missing = Enumerable.Range(Highest() + 1, message.Number - Highest() - 1);
            _problems.Add($"{who} received message {message.Number} of {Code} (seq {posted.Seq}) without ever receiving message(s) {string.Join(", ", missing)}.");
        }

        _transcript[message.Number] = message;
        _messagesApplied.Add((posted.Seq, DateTime.UtcNow));
    }

    private int Highest() => _transcript.Count == 0 ? 0 : _transcript.Keys.Max();
}
