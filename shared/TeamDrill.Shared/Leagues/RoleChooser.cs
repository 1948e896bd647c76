namespace TeamDrill.Shared.Leagues;

/// <summary>
/// Decides which present members play agent and which play customer in a round, the rest scoring.
/// Members who attended exactly the same rounds form a group; the rules, most important first:
/// <list type="number">
/// <item>inside every group, agent turns stay within one of each other, and so do customer turns;</item>
/// <item>inside every group, turns in the call (agent plus customer) stay within one, so nobody ends up
/// behind in both roles at once, a state from which the first rule can become impossible to keep;</item>
/// <item>nobody's customer and agent turns drift more than one apart (customer, then agent, then customer…);</item>
/// <item>the members with the fewest turns in a role get it first, so someone back from an absence catches up.</item>
/// </list>
/// A greedy first pick is improved by swapping roles while the weighted sum of those costs falls; then,
/// among choices exactly as fair, by swaps that let <see cref="PairMatcher"/> repeat fewer pairs.
/// docs/leagues.md, section 2, explains the rules and how they are checked (property tests and tests/TeamDrill.SeasonScan).
/// </summary>
internal sealed class RoleChooser
{
    private const long GroupSpreadWeight = 1_000_000_000_000;
    private const long CallTurnSpreadWeight = 1_000_000_000;
    private const long DriftWeight = 1_000_000;
    private const int MaxPasses = 100;

    private const int Agent = 0;
    private const int Customer = 1;
    private const int Scorer = 2;

    private const int MaxPairPasses = 20;

    private readonly List<string> members;
    private readonly SeasonTally tally;
    private readonly int[] agentTurns;
    private readonly int[] customerTurns;
    private readonly int[] group;
    private readonly List<int>[] groupMembers;
    private readonly int[] role;
    private readonly long[] groupCost;

    private RoleChooser(List<string> members, SeasonTally tally)
    {
        this.members = members;
        this.tally = tally;
        var n = members.Count;
        agentTurns = members.Select(m => tally.Of(m).Agent).ToArray();
        customerTurns = members.Select(m => tally.Of(m).Customer).ToArray();
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        group = members.Select(m => groups.TryGetValue(tally.AttendanceOf(m), out var g) ? g : groups[tally.AttendanceOf(m)] = groups.Count).ToArray();
        groupMembers = Enumerable.Range(0, groups.Count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < n; i++)
        {
            groupMembers[group[i]].Add(i);
        }

        role = new int[n];
        groupCost = new long[groups.Count];
    }

    /// <summary>The agents, and the customer matched to each, <paramref name="rooms"/> of each.</summary>
    /// <param name="order">The present members; earlier in the list wins an exact tie.</param>
    /// <returns>Also the costs of the choice: lower is fairer, comparable between calls with the same members and tally.</returns>
    public static (List<string> Agents, List<string> Customers, long RoleCost, long PairCost) Choose(List<string> order, int rooms, SeasonTally tally)
    {
        var chooser = new RoleChooser(order, tally);
        chooser.StartGreedy(rooms);
        for (var g = 0; g < chooser.groupCost.Length; g++)
        {
            chooser.groupCost[g] = chooser.GroupCost(g);
        }

        chooser.Improve();
        var (agents, customers, pairCost) = chooser.ImprovePairs();
        return (agents, customers, chooser.TotalCost(), pairCost);
    }

    /// <summary>
    /// Swaps a member of a repeated pair with someone whose swap keeps the roles exactly as fair, while
    /// the matched pairs repeat less. Only members of repeated pairs are tried, which keeps this cheap.
    /// </summary>
    private (List<string> Agents, List<string> Customers, long Cost) ImprovePairs()
    {
        var best = Matched();
        for (var pass = 0; pass < MaxPairPasses && best.Repeats > 0; pass++)
        {
            var better = FirstSwapThatRepeatsLess(best);
            if (better is null)
            {
                break;
            }

            best = better.Value;
        }

        return (best.Agents, best.Customers, best.Cost);
    }

    /// <summary>Makes the first swap, of a member of a repeated pair, that is as fair and pairs better; null when none is.</summary>
    private (List<string> Agents, List<string> Customers, long Cost, int Repeats)? FirstSwapThatRepeatsLess(
        (List<string> Agents, List<string> Customers, long Cost, int Repeats) now)
    {
        var inRepeats = now.Agents.Zip(now.Customers)
            .Where(p => tally.TimesPaired(p.First, p.Second) > 0)
            .SelectMany(p => new[] { members.IndexOf(p.First), members.IndexOf(p.Second) });
        foreach (var i in inRepeats)
        {
            for (var j = 0; j < members.Count; j++)
            {
                if (role[i] == role[j] || Interchangeable(i, j) || !TryMove([i, j], [role[j], role[i]], acceptEqual: true))
                {
                    continue;
                }

                var candidate = Matched();
                if (candidate.Cost < now.Cost)
                {
                    return candidate;
                }

                TryMove([i, j], [role[j], role[i]], acceptEqual: true); // as fair both ways: this swaps them back
            }
        }

        return null;
    }

    private (List<string> Agents, List<string> Customers, long Cost, int Repeats) Matched()
    {
        var agents = Indices(Agent).Select(i => members[i]).ToList();
        var (customers, cost, repeats) = PairMatcher.Match(agents, Indices(Customer).Select(i => members[i]).ToList(), tally);
        return (agents, customers, cost, repeats);
    }

    /// <summary>Fewest agent turns become agents; of the rest, fewest customer turns become customers.</summary>
    private void StartGreedy(int rooms)
    {
        var all = Enumerable.Range(0, members.Count).ToList();
        Array.Fill(role, Scorer);
        foreach (var i in all.OrderBy(i => agentTurns[i]).ThenByDescending(i => customerTurns[i] - agentTurns[i]).Take(rooms))
        {
            role[i] = Agent;
        }

        foreach (var i in all.Where(i => role[i] == Scorer).OrderBy(i => customerTurns[i]).ThenBy(i => agentTurns[i]).Take(rooms))
        {
            role[i] = Customer;
        }
    }

    /// <summary>Swaps two members' roles, or rotates three, while that lowers the cost.</summary>
    private void Improve()
    {
        var n = members.Count;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var improved = false;
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    if (role[i] != role[j] && !Interchangeable(i, j) && TryMove([i, j], [role[j], role[i]]))
                    {
                        improved = true;
                    }
                }
            }

            if (!improved && HasGroupSpreadOverOne())
            {
                improved = TryRotations();
            }

            if (!improved)
            {
                return;
            }
        }
    }

    private bool TryRotations()
    {
        var agents = Indices(Agent);
        var customers = Indices(Customer);
        var scorers = Indices(Scorer);
        foreach (var a in agents)
        {
            foreach (var c in customers)
            {
                foreach (var s in scorers)
                {
                    if (TryMove([a, c, s], [Customer, Scorer, Agent]) || TryMove([a, c, s], [Scorer, Agent, Customer]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private List<int> Indices(int wanted) => Enumerable.Range(0, members.Count).Where(i => role[i] == wanted).ToList();

    /// <summary>Members of one group with the same counts: swapping their roles changes nothing.</summary>
    private bool Interchangeable(int i, int j) =>
        group[i] == group[j] && agentTurns[i] == agentTurns[j] && customerTurns[i] == customerTurns[j];

    /// <summary>Gives the members the new roles when that lowers the cost (or keeps it, if asked); otherwise leaves them.</summary>
    private bool TryMove(int[] who, int[] newRoles, bool acceptEqual = false)
    {
        var before = 0L;
        var old = new int[who.Length];
        for (var k = 0; k < who.Length; k++)
        {
            before += MemberCost(who[k], role[who[k]]) + (FirstOfItsGroup(who, k) ? groupCost[group[who[k]]] : 0);
            old[k] = role[who[k]];
        }

        for (var k = 0; k < who.Length; k++)
        {
            role[who[k]] = newRoles[k];
        }

        var after = 0L;
        var newGroupCosts = new long[who.Length];
        for (var k = 0; k < who.Length; k++)
        {
            newGroupCosts[k] = FirstOfItsGroup(who, k) ? GroupCost(group[who[k]]) : 0;
            after += MemberCost(who[k], role[who[k]]) + newGroupCosts[k];
        }

        if (after < before || (acceptEqual && after == before))
        {
            for (var k = 0; k < who.Length; k++)
            {
                if (FirstOfItsGroup(who, k))
                {
                    groupCost[group[who[k]]] = newGroupCosts[k];
                }
            }

            return true;
        }

        for (var k = 0; k < who.Length; k++)
        {
            role[who[k]] = old[k];
        }

        return false;
    }

    private bool FirstOfItsGroup(int[] who, int k)
    {
        for (var earlier = 0; earlier < k; earlier++)
        {
            if (group[who[earlier]] == group[who[k]])
            {
                return false;
            }
        }

        return true;
    }

    private long TotalCost() =>
        Enumerable.Range(0, groupMembers.Length).Sum(GroupCost) + Enumerable.Range(0, members.Count).Sum(i => MemberCost(i, role[i]));

    private bool HasGroupSpreadOverOne() => groupCost.Any(cost => cost >= GroupSpreadWeight);

    /// <summary>
    /// How far the group's members are above their group's lowest count plus one after this round, in
    /// agent and customer turns (must be zero) and in call turns. Summed over members rather than taking
    /// the spread, so that moving one member off the top already counts as progress.
    /// </summary>
    private long GroupCost(int g)
    {
        int minA = int.MaxValue, minC = int.MaxValue, minT = int.MaxValue;
        foreach (var i in groupMembers[g])
        {
            var (a, c) = After(i);
            (minA, minC, minT) = (Math.Min(minA, a), Math.Min(minC, c), Math.Min(minT, a + c));
        }

        long overOne = 0, callTurnsOverOne = 0;
        foreach (var i in groupMembers[g])
        {
            var (a, c) = After(i);
            overOne += Math.Max(0, a - minA - 1) + Math.Max(0, c - minC - 1);
            callTurnsOverOne += Math.Max(0, a + c - minT - 1);
        }

        return (GroupSpreadWeight * overOne) + (CallTurnSpreadWeight * callTurnsOverOne);
    }

    private (int Agent, int Customer) After(int i) =>
        (agentTurns[i] + (role[i] == Agent ? 1 : 0), customerTurns[i] + (role[i] == Customer ? 1 : 0));

    /// <summary>Drift between the member's two roles over one, then the turns already had in the role given.</summary>
    private long MemberCost(int i, int given)
    {
        var a = agentTurns[i] + (given == Agent ? 1 : 0);
        var c = customerTurns[i] + (given == Customer ? 1 : 0);
        var catchUp = given switch
        {
            Agent => agentTurns[i],
            Customer => customerTurns[i],
            _ => 0,
        };
        return (DriftWeight * Math.Max(0, Math.Abs(a - c) - 1)) + catchUp;
    }
}
