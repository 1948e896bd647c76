using TeamDrill.Grains.Rooms;

namespace TeamDrill.Server.Edge;

/// <summary>
/// One room's pushes at this edge, put back in order. Each push is a run of consecutive events; a run
/// that arrives before the one it follows waits here, a run already routed is dropped, and a hole that
/// does not fill by itself is filled by asking the room (catch-up). Not thread-safe: the router locks it.
/// </summary>
public sealed class RoomStream
{
    private readonly SortedDictionary<long, IReadOnlyList<RoomDelivery>> _early = [];

    /// <summary>The last event number routed to this edge's connections; -1 until the first subscription answers.</summary>
    public long Routed { get; private set; } = -1;

    public bool Started => Routed >= 0;

    /// <summary>Runs are waiting behind a missing one.</summary>
    public bool HasHole => Started && _early.Count > 0;

    /// <summary>A catch-up call is on its way; no second one is started.</summary>
    public bool CatchingUp { get; set; }

    /// <summary>The first subscription answered: the room was at <paramref name="seq"/> then.</summary>
    public List<IReadOnlyList<RoomDelivery>> Start(long seq)
    {
        if (Started)
        {
            return [];
        }

        Routed = seq;
        return Drain();
    }

    /// <summary>The room is past what this edge has routed: its pushes are late, or were lost.</summary>
    public bool IsBehind(long roomSeq) => Started && roomSeq > Routed;

    /// <summary>What of <paramref name="run"/> can be routed now, in order, with any waiting runs it lets through.</summary>
    public List<IReadOnlyList<RoomDelivery>> Accept(IReadOnlyList<RoomDelivery> run)
    {
        if (run.Count == 0)
        {
            return [];
        }

        var first = run[0].Event.Seq;
        if (!Started || first > Routed + 1)
        {
            _early[first] = run;
            return [];
        }

        var ready = new List<IReadOnlyList<RoomDelivery>>();
        Take(run, ready);
        ready.AddRange(Drain());
        return ready;
    }

    /// <summary>The room no longer keeps what this edge missed: carry on from <paramref name="seq"/>.</summary>
    public void Restart(long seq)
    {
        _early.Clear();
        Routed = seq;
    }

    private List<IReadOnlyList<RoomDelivery>> Drain()
    {
        var ready = new List<IReadOnlyList<RoomDelivery>>();
        while (_early.Count > 0)
        {
            var (first, run) = _early.First();
            if (first > Routed + 1)
            {
                break;
            }

            _early.Remove(first);
            Take(run, ready);
        }

        return ready;
    }

    private void Take(IReadOnlyList<RoomDelivery> run, List<IReadOnlyList<RoomDelivery>> ready)
    {
        if (run[^1].Event.Seq <= Routed)
        {
            return; // already routed (a late push, or a catch-up that overlapped it)
        }

        ready.Add(run[0].Event.Seq > Routed ? run : [.. run.Where(d => d.Event.Seq > Routed)]);
        Routed = run[^1].Event.Seq;
    }
}
