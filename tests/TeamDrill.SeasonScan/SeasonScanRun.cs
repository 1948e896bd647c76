using System.Diagnostics;
using TeamDrill.Shared.Leagues;

namespace TeamDrill.SeasonScan;

/// <summary>
/// Plays seasons of 2 × members rounds for league sizes 3..max and room sizes 3..6 under each absence
/// pattern, checking after every round the spreads among members who attended the same rounds.
/// </summary>
internal sealed class SeasonScanRun(int seasons, int firstSeed, int maxMembers)
{
    public ScanReport Execute(TextWriter progress)
    {
        var report = new ScanReport();
        var clock = new Stopwatch();
        for (var s = 0; s < seasons; s++)
        {
            var seed = firstSeed + s;
            var random = new Random(seed);
            var memberCount = random.Next(3, maxMembers + 1);
            var roomSize = random.Next(3, 7);
            var pattern = (AbsencePattern)(s % 4);
            var absence = random.Next(5, 61) / 100.0;
            var members = Enumerable.Range(0, memberCount).Select(i => $"m{i:000}").ToList();
            var history = new List<RoundPlan>();
            var away = new int[memberCount];
            for (var round = 0; round < 2 * memberCount; round++)
            {
                var present = Attendance(pattern, members, history, away, absence, random);
                clock.Start();
                var plan = SeasonScheduler.PlanRound(members, present, roomSize, history, seed);
                clock.Stop();
                history.Add(plan);
                report.Rounds++;
                report.Record(history, members, $"seed {seed}: {memberCount} members, rooms of {roomSize}, {pattern} absences, round {round + 1}", pattern == AbsencePattern.None);
            }

            report.Seasons++;
            if ((s + 1) % 500 == 0)
            {
                progress.WriteLine($"  {s + 1} seasons, {report.Rounds} rounds...");
            }
        }

        report.PlanningTime = clock.Elapsed;
        return report;
    }

    private static List<string> Attendance(
        AbsencePattern pattern, List<string> members, List<RoundPlan> history, int[] away, double absence, Random random)
    {
        switch (pattern)
        {
            case AbsencePattern.None:
                return members;
            case AbsencePattern.Random:
                return members.Where(_ => random.NextDouble() >= absence).ToList();
            case AbsencePattern.Streaks:
                var here = new List<string>();
                for (var i = 0; i < members.Count; i++)
                {
                    if (away[i] > 0)
                    {
                        away[i]--;
                    }
                    else if (random.NextDouble() < absence / 2)
                    {
                        away[i] = random.Next(0, 4);
                    }
                    else
                    {
                        here.Add(members[i]);
                    }
                }

                return here;
            default:
                if (random.NextDouble() < 0.5)
                {
                    return members.Where(_ => random.NextDouble() >= absence).ToList();
                }

                var tally = SeasonTally.From(history);
                var groups = members.GroupBy(tally.AttendanceOf).Where(g => g.Count() >= 3).ToList();
                if (groups.Count == 0)
                {
                    return members;
                }

                var chosen = groups[random.Next(groups.Count)].ToList();
                var size = random.Next(3, chosen.Count + 1);
                return chosen.OrderBy(_ => random.Next()).Take(size).ToList();
        }
    }
}
