namespace TeamDrill.Shared.Leagues;

/// <summary>
/// Turns the members present in a round into drills with roles, given the season's earlier rounds.
/// <see cref="RoleChooser"/> picks the agents and customers (members who attended the same rounds stay
/// within one turn of each other in each role; see docs/leagues.md, section 2); agents are then paired
/// with customers they have met least, and scorers fill rooms with people they shared fewest rooms with.
/// </summary>
public static class SeasonScheduler
{
    private const int TieOrdersTried = 12;

    /// <param name="members">Everyone in the league, in a stable order (the order breaks no ties on its own; the seed does).</param>
    /// <param name="present">The members present this round; each must be in <paramref name="members"/>.</param>
    /// <param name="roomSize">The facilitator's room size, 3 or more (4: customer, agent and two scorers).</param>
    /// <param name="history">The season's earlier rounds, oldest first.</param>
    /// <param name="seed">Breaks ties; the same inputs and seed give the same round. Mixed with the round number, so one seed per season is enough.</param>
    public static RoundPlan PlanRound(
        IReadOnlyList<string> members, IReadOnlyCollection<string> present, int roomSize, IReadOnlyList<RoundPlan> history, int seed)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(present);
        ArgumentNullException.ThrowIfNull(history);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!position.TryAdd(member, position.Count))
            {
                throw new ArgumentException($"Member '{member}' is listed twice.", nameof(members));
            }
        }

        var here = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in present)
        {
            if (!position.ContainsKey(member))
            {
                throw new ArgumentException($"'{member}' is present but not a member of the league.", nameof(present));
            }

            if (!here.Add(member))
            {
                throw new ArgumentException($"'{member}' is listed as present twice.", nameof(present));
            }
        }

        var sizes = RoomSizing.Sizes(here.Count, roomSize);
        var order = here.OrderBy(m => position[m]).ToList();
        if (sizes.Count == 0)
        {
            return new RoundPlan([], order);
        }

        var random = new Random(unchecked((seed * 7919) + history.Count));
        var tally = SeasonTally.From(history);
        var rooms = sizes.Count;

        // Several seeded tie orders are tried: the fairest roles win, then the fewest repeated pairs.
        List<string> agents = [], matchedCustomers = [];
        (long Roles, long Pairs) best = (long.MaxValue, long.MaxValue);
        for (var attempt = 0; attempt < TieOrdersTried; attempt++)
        {
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(order));
            var (candidateAgents, paired, roleCost, pairCost) = RoleChooser.Choose(order, rooms, tally);
            if ((roleCost, pairCost).CompareTo(best) < 0)
            {
                (agents, matchedCustomers, best) = (candidateAgents, paired, (roleCost, pairCost));
            }
        }

        var scorers = order.Where(m => !agents.Contains(m) && !matchedCustomers.Contains(m)).OrderBy(m => position[m]).ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scorers));
        var roomScorers = PlaceScorers(agents, matchedCustomers, scorers, sizes, tally);

        return new RoundPlan(
            Enumerable.Range(0, rooms)
                .Select(r => new ScheduledDrill(r + 1, agents[r], matchedCustomers[r], roomScorers[r]))
                .ToList(),
            []);
    }

    private static List<List<string>> PlaceScorers(
        List<string> agents, List<string> customers, List<string> scorers, IReadOnlyList<int> sizes, SeasonTally tally)
    {
        var rooms = Enumerable.Range(0, sizes.Count).Select(_ => new List<string>()).ToList();

        long Cost(int room, string scorer, string? except = null) =>
            tally.TimesRoommates(scorer, agents[room])
            + tally.TimesRoommates(scorer, customers[room])
            + rooms[room].Where(s => s != except && s != scorer).Sum(s => (long)tally.TimesRoommates(scorer, s));

        foreach (var scorer in scorers)
        {
            var best = Enumerable.Range(0, rooms.Count)
                .Where(r => rooms[r].Count < sizes[r] - 2)
                .OrderBy(r => Cost(r, scorer))
                .ThenByDescending(r => sizes[r] - 2 - rooms[r].Count)
                .ThenBy(r => r)
                .First();
            rooms[best].Add(scorer);
        }

        // Swap scorers between rooms while a swap lowers the number of earlier shared rooms.
        for (var pass = 0; pass < 20; pass++)
        {
            var improved = false;
            for (var r1 = 0; r1 < rooms.Count; r1++)
            {
                for (var r2 = r1 + 1; r2 < rooms.Count; r2++)
                {
                    for (var i = 0; i < rooms[r1].Count; i++)
                    {
                        for (var j = 0; j < rooms[r2].Count; j++)
                        {
                            var s1 = rooms[r1][i];
                            var s2 = rooms[r2][j];
                            var now = Cost(r1, s1) + Cost(r2, s2);
                            var swapped = Cost(r1, s2, except: s1) + Cost(r2, s1, except: s2);
                            if (swapped < now)
                            {
                                rooms[r1][i] = s2;
                                rooms[r2][j] = s1;
                                improved = true;
                            }
                        }
                    }
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return rooms;
    }
}
