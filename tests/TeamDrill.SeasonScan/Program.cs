using System.CommandLine;
using TeamDrill.SeasonScan;

var seasons = new Option<int>("--seasons") { Description = "how many seeded seasons to play", DefaultValueFactory = _ => 3000 };
var seed = new Option<int>("--seed") { Description = "the first season's seed; season i uses seed + i", DefaultValueFactory = _ => 1 };
var maxMembers = new Option<int>("--max-members") { Description = "league sizes run from 3 to this", DefaultValueFactory = _ => 30 };
var root = new RootCommand(
    "Plays seeded seasons through SeasonScheduler with random, streaky and adversarial absences, and prints the worst "
    + "role spreads among members who attended the same rounds, plus the time to plan a round.");
root.Options.Add(seasons);
root.Options.Add(seed);
root.Options.Add(maxMembers);
root.SetAction(result =>
{
    var scan = new SeasonScanRun(result.GetValue(seasons), result.GetValue(seed), result.GetValue(maxMembers));
    var report = scan.Execute(Console.Out);
    Console.WriteLine(report);
    return report.WithinOne ? 0 : 1;
});
return root.Parse(args).Invoke();
