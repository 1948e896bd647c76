using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.LoadTest.Clients;
using TeamDrill.LoadTest.Measurement;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.LoadTest.Worker;

/// <summary>
/// One room of the run and the fate of each of its messages: when it was due, when it was issued,
/// acknowledged, and received by each member (a bit per member), all on this worker's Stopwatch.
/// The arrays are written by the scheduler, the send continuations and the receive handlers, each
/// slot by one writer, and read only once the run is over.
/// </summary>
public sealed class LoadRoom
{
    private readonly string _tagStart;
    private readonly int _everyone;
    private readonly long[] _due;
    private readonly long[] _issued;
    private readonly long[] _acknowledged;
    private readonly long[] _completed;
    private readonly int[] _receivedBy;
    private readonly bool[] _failed;
    private readonly FailureTally _failures;
    private long _duplicates;
    private long _stray;

    public LoadRoom(int workerId, int globalIndex, IReadOnlyList<Player> members, int messages, FailureTally failures)
    {
        GlobalIndex = globalIndex;
        Members = members;
        _tagStart = $"{workerId}-{globalIndex}-";
        _everyone = (1 << members.Count) - 1;
        _due = new long[messages];
        _issued = new long[messages];
        _acknowledged = new long[messages];
        _completed = new long[messages];
        _receivedBy = new int[messages];
        _failed = new bool[messages];
        _failures = failures;
    }

    /// <summary>This room's place among all rooms of the run, which sets its offset in the send interval.</summary>
    public int GlobalIndex { get; }

    /// <summary>Customer first, agent second, then the scorers.</summary>
    public IReadOnlyList<Player> Members { get; }

    public string Code { get; set; } = "";

    /// <summary>Issues message <paramref name="number"/> now without waiting for it: the schedule never waits for the server.</summary>
    public void Send(int number, long dueTimestamp, long nowTimestamp)
    {
        _due[number] = dueTimestamp;
        Volatile.Write(ref _issued[number], nowTimestamp);
        _ = SendAsync(number);
    }

    /// <summary>Called by member <paramref name="member"/>'s connection for each batch of room events.</summary>
    public void OnEvents(int member, RoomEvent[] events)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var e in events)
        {
            if (e is not MessagePosted posted)
            {
                continue;
            }

            var tag = ChatLines.TagOf(posted.Message.Text);
            if (tag.IsEmpty)
            {
                continue;
            }

            if (!tag.StartsWith(_tagStart, StringComparison.Ordinal)
                || !int.TryParse(tag[_tagStart.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || number >= _receivedBy.Length)
            {
                Interlocked.Increment(ref _stray);
                continue;
            }

            var bit = 1 << member;
            var before = Interlocked.Or(ref _receivedBy[number], bit);
            if ((before & bit) != 0)
            {
                Interlocked.Increment(ref _duplicates);
            }
            else if ((before | bit) == _everyone)
            {
                _completed[number] = now;
            }
        }
    }

    /// <summary>True when every message issued so far is either received by everyone or failed.</summary>
    public bool IsSettled()
    {
        for (var i = 0; i < _issued.Length; i++)
        {
            if (Volatile.Read(ref _issued[i]) != 0 && Volatile.Read(ref _receivedBy[i]) != _everyone && !Volatile.Read(ref _failed[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds this room's messages <paramref name="from"/> (the first after the warm-up) up to
    /// <paramref name="to"/> to the worker's totals; <paramref name="windowEnd"/> bounds "acknowledged in the window".
    /// </summary>
    public void AddTo(WorkerTotals totals, int from, int to, long windowEnd)
    {
        totals.Scheduled += to - from;
        for (var i = from; i < to; i++)
        {
            if (_issued[i] == 0)
            {
                continue;
            }

            totals.Sent++;
            totals.Deliveries += BitOperations.PopCount((uint)_receivedBy[i]);
            totals.ScheduleLag.Record(Microseconds(_issued[i] - _due[i]));
            if (_failed[i])
            {
                totals.Failed++;
                continue;
            }

            if (_acknowledged[i] != 0)
            {
                totals.Acknowledged++;
                totals.AcknowledgedInWindow += _acknowledged[i] <= windowEnd ? 1 : 0;
                totals.Acknowledgement.Record(Microseconds(_acknowledged[i] - _due[i]));
            }
            else
            {
                totals.Unacknowledged++;
            }

            if (_receivedBy[i] == _everyone)
            {
                totals.FanOut.Record(Microseconds(_completed[i] - _due[i]));
            }
            else
            {
                totals.Lost++;
            }
        }

        totals.Duplicates += _duplicates;
        totals.Stray += _stray;
    }

    private static long Microseconds(long ticks) => (long)(ticks * 1_000_000.0 / Stopwatch.Frequency);

    private async Task SendAsync(int number)
    {
        var fromCustomer = Workload.IsCustomerTurn(number);
        var sender = Members[fromCustomer ? 0 : 1];
        try
        {
            await sender.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), Code, ChatLines.Text(_tagStart + number.ToString(CultureInfo.InvariantCulture), fromCustomer, number), ActionIds.New());
            _acknowledged[number] = Stopwatch.GetTimestamp();
        }
        catch (Exception ex)
        {
            Volatile.Write(ref _failed[number], true);
            _failures.Add(ex);
        }
    }
}
