using System.Diagnostics;
using TeamDrill.Shared.Leagues;

namespace TeamDrill.SeasonScan;

/// <summary>How long one large league takes to plan each of 8 rounds.</summary>
internal static class LeagueTiming
{
    public static string Run(int size, int seed)
    {
        var members = Enumerable.Range(0, size).Select(i => $"m{i:0000}").ToList();
        var history = new List<RoundPlan>();
        var random = new Random(seed);
        var lines = new List<string>();
        for (var round = 1; round <= 8; round++)
        {
            var present = members.Where(_ => random.NextDouble() >= 0.15).ToList();
            var clock = Stopwatch.StartNew();
            history.Add(SeasonScheduler.PlanRound(members, present, 4, history, seed));
            lines.Add($"round {round}: {present.Count} present, {history[^1].Drills.Count} rooms, planned in {clock.Elapsed.TotalMilliseconds:0} ms");
        }

        return string.Join(Environment.NewLine, lines);
    }
}
