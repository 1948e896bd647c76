using TeamDrill.Shared.Leagues;

namespace TeamDrill.Tests.Leagues;

/// <summary>Runs a season through the scheduler: member ids m00.., one attendance set per round.</summary>
internal static class SeasonSimulation
{
    public static List<string> Members(int count) => Enumerable.Range(0, count).Select(i => $"m{i:00}").ToList();

    public static List<RoundPlan> Run(IReadOnlyList<string> members, IReadOnlyList<IReadOnlyCollection<string>> attendance, int roomSize, int seed)
    {
        var history = new List<RoundPlan>();
        foreach (var present in attendance)
        {
            history.Add(SeasonScheduler.PlanRound(members, present, roomSize, history, seed));
        }

        return history;
    }

    public static List<RoundPlan> RunEveryoneAttends(int memberCount, int rounds, int roomSize, int seed)
    {
        var members = Members(memberCount);
        return Run(members, Enumerable.Repeat<IReadOnlyCollection<string>>(members, rounds).ToList(), roomSize, seed);
    }
}
