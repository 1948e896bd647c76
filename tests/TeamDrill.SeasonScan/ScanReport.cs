using System.Text;
using TeamDrill.Shared.Leagues;

namespace TeamDrill.SeasonScan;

/// <summary>The worst spreads seen, where they were seen, and how long planning took.</summary>
internal sealed class ScanReport
{
    public int Seasons { get; set; }

    public int Rounds { get; set; }

    public TimeSpan PlanningTime { get; set; }

    public int WorstAgentSpread { get; private set; }

    public int WorstCustomerSpread { get; private set; }

    public int WorstScorerSpread { get; private set; }

    /// <summary>The same, among members who attended the same number of rounds (not necessarily the same ones).</summary>
    public int WorstAgentSpreadByCount { get; private set; }

    public int WorstCustomerSpreadByCount { get; private set; }

    /// <summary>Everyone attending every round: spreads over the whole league.</summary>
    public int WorstFullAttendanceScorerSpread { get; private set; }

    /// <summary>The most agent turns an agent had over a present member who only scored (0: always fewest first).</summary>
    public int WorstAgentPassOver { get; private set; }

    /// <summary>The same for customers, over present members who played neither role.</summary>
    public int WorstCustomerPassOver { get; private set; }

    /// <summary>Everyone attending: the most times one pair met as agent and customer, over its even share (drills ÷ possible pairs, rounded up).</summary>
    public int WorstPairOverEvenShare { get; private set; }

    /// <summary>Where each worst figure was first seen, by name, so a case can be replayed.</summary>
    public Dictionary<string, string> WorstSeenAt { get; } = [];

    public int RoundsOverOne { get; private set; }

    public string? FirstOverOne { get; private set; }

    public bool WithinOne => RoundsOverOne == 0;

    public void Record(List<RoundPlan> history, List<string> members, string where, bool everyoneAttends)
    {
        var before = SeasonTally.From(history.Take(history.Count - 1));
        var drills = history[^1].Drills;
        var agents = drills.Select(d => d.AgentId).ToHashSet();
        var customers = drills.Select(d => d.CustomerId).ToHashSet();
        var scorers = drills.SelectMany(d => d.ScorerIds).ToList();
        if (agents.Count > 0)
        {
            WorstAgentPassOver = Worst(nameof(WorstAgentPassOver), WorstAgentPassOver, agents.Max(m => before.Of(m).Agent) - scorers.Min(m => before.Of(m).Agent), where);
            WorstCustomerPassOver = Worst(nameof(WorstCustomerPassOver), WorstCustomerPassOver, customers.Max(m => before.Of(m).Customer) - scorers.Min(m => before.Of(m).Customer), where);
        }

        var tally = SeasonTally.From(history);
        var overOne = false;
        foreach (var group in members.GroupBy(tally.AttendanceOf))
        {
            var agent = Spread(group.Select(m => tally.Of(m).Agent));
            var customer = Spread(group.Select(m => tally.Of(m).Customer));
            WorstAgentSpread = Math.Max(WorstAgentSpread, agent);
            WorstCustomerSpread = Math.Max(WorstCustomerSpread, customer);
            WorstScorerSpread = Math.Max(WorstScorerSpread, Spread(group.Select(m => tally.Of(m).Scorer)));
            overOne |= agent > 1 || customer > 1;
        }

        foreach (var group in members.GroupBy(m => tally.Of(m).Attended))
        {
            WorstAgentSpreadByCount = Math.Max(WorstAgentSpreadByCount, Spread(group.Select(m => tally.Of(m).Agent)));
            WorstCustomerSpreadByCount = Math.Max(WorstCustomerSpreadByCount, Spread(group.Select(m => tally.Of(m).Customer)));
        }

        if (everyoneAttends)
        {
            WorstFullAttendanceScorerSpread = Math.Max(WorstFullAttendanceScorerSpread, Spread(members.Select(m => tally.Of(m).Scorer)));
            var possiblePairs = members.Count * (members.Count - 1) / 2;
            var evenShare = (history.Sum(r => r.Drills.Count) + possiblePairs - 1) / possiblePairs;
            var most = members.SelectMany((m, i) => members.Skip(i + 1).Select(o => tally.TimesPaired(m, o))).Max();
            WorstPairOverEvenShare = Worst(nameof(WorstPairOverEvenShare), WorstPairOverEvenShare, most - evenShare, where);
        }

        if (overOne)
        {
            RoundsOverOne++;
            FirstOverOne ??= where;
        }
    }

    private int Worst(string figure, int worstSoFar, int value, string where)
    {
        if (value > worstSoFar)
        {
            WorstSeenAt[figure] = where;
        }

        return Math.Max(worstSoFar, value);
    }

    private static int Spread(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Max() - list.Min();
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Seasons} seasons, {Rounds} rounds planned in {PlanningTime.TotalSeconds:0.0} s ({PlanningTime.TotalMilliseconds / Math.Max(1, Rounds):0.00} ms a round)");
        text.AppendLine("worst spread among members who attended the same rounds:");
        text.AppendLine($"  agent turns     {WorstAgentSpread}");
        text.AppendLine($"  customer turns  {WorstCustomerSpread}");
        text.AppendLine($"  scorer turns    {WorstScorerSpread}");
        text.AppendLine($"worst spread among members who attended the same number of rounds: agent {WorstAgentSpreadByCount}, customer {WorstCustomerSpreadByCount}");
        text.AppendLine($"catching up: an agent had at most {WorstAgentPassOver} agent turns more than a scorer; a customer at most {WorstCustomerPassOver} customer turns more than a scorer");
        text.AppendLine($"everyone attending: worst scorer spread {WorstFullAttendanceScorerSpread}; a pair met at most {WorstPairOverEvenShare} times more than its even share");
        foreach (var (figure, where) in WorstSeenAt.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"  {figure} first seen at {where}");
        }

        text.Append(WithinOne
            ? "agent and customer turns stayed within one in every group after every round"
            : $"{RoundsOverOne} rounds left a group more than one apart; first: {FirstOverOne}");
        return text.ToString();
    }
}
