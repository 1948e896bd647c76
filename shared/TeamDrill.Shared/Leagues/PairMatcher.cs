namespace TeamDrill.Shared.Leagues;

/// <summary>Pairs a round's agents with its customers so the pairs that have met most meet as little as possible.</summary>
internal static class PairMatcher
{
    /// <summary>Keeps a pair's cost, and the sum over a round, far inside a long.</summary>
    private const long CostCap = 100_000_000_000;

    /// <summary>Shared rooms only break ties between equal meeting counts.</summary>
    private const long MeetingUnit = 10_000;

    /// <summary>
    /// The customer for each agent, in agent order. A pair that has met <c>p</c> times costs
    /// <c>(rooms + 1)^p</c>, so one pair meeting for the third time costs more than every pair of the round
    /// meeting for the second: the most-met pair of the round has met as few times as possible, then the next,
    /// and so on (exactly, while (rooms + 1)^p stays under 10¹¹ ÷ rooms). Then fewest shared rooms. The
    /// Hungarian algorithm makes it an exact optimum.
    /// </summary>
    /// <returns>Also the total cost and how many of the chosen pairs have met before.</returns>
    public static (List<string> Customers, long Cost, int Repeats) Match(IReadOnlyList<string> agents, IReadOnlyList<string> customers, SeasonTally tally)
    {
        var n = agents.Count;
        var cost = new long[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var c = 0; c < n; c++)
            {
                cost[a, c] = (Weight(tally.TimesPaired(agents[a], customers[c]), n) * MeetingUnit)
                    + Math.Min(tally.TimesRoommates(agents[a], customers[c]), MeetingUnit - 1);
            }
        }

        var match = MinCostAssignment.Solve(cost);
        return (
            match.Select(c => customers[c]).ToList(),
            match.Select((c, a) => cost[a, c]).Sum(),
            match.Select((c, a) => tally.TimesPaired(agents[a], customers[c])).Count(p => p > 0));
    }

    private static long Weight(int timesPaired, int rooms)
    {
        var cap = CostCap / rooms;
        var weight = 1L;
        for (var i = 0; i < timesPaired && weight < cap; i++)
        {
            weight = Math.Min(cap, weight * (rooms + 1));
        }

        return weight;
    }
}
