using System.CommandLine;
using TeamDrill.SeasonScan;

var seasons = new Option<int>("--seasons") { Description = "how many seeded seasons to play", DefaultValueFactory = _ => 3000 };
var seed = new Option<int>("--seed") { Description = "the first season's seed; season i uses seed + i", DefaultValueFactory = _ => 1 };
var maxMembers = new Option<int>("--max-members") { Description = "league sizes run from 3 to this", DefaultValueFactory = _ => 30 };
var timeLeague = new Option<int?>("--time-league") { Description = "instead of scanning, time 8 rounds of one league of this many members (rooms of 4, each member away 15% of rounds)" };
var root = new RootCommand(
    "Plays seeded seasons through SeasonScheduler with random, streaky and adversarial absences, and prints the worst "
    + "role spreads among members who attended the same rounds, plus the time to plan a round.");
root.Options.Add(seasons);
root.Options.Add(seed);
root.Options.Add(maxMembers);
root.Options.Add(timeLeague);
root.SetAction(result =>
{
    if (result.GetValue(timeLeague) is { } size)
    {
        if (size is < 3 or > 1000)
        {
            Console.Error.WriteLine("! --time-league takes 3 to 1000 members");
            return 2;
        }

        Console.WriteLine(LeagueTiming.Run(size, result.GetValue(seed)));
        return 0;
    }

    var scan = new SeasonScanRun(result.GetValue(seasons), result.GetValue(seed), result.GetValue(maxMembers));
    var report = scan.Execute(Console.Out);
    Console.WriteLine(report);
    return report.WithinOne ? 0 : 1;
});
return root.Parse(args).Invoke();
