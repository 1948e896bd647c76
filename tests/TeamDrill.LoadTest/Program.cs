using System.CommandLine;
using TeamDrill.LoadTest;

var rooms = new Option<int>("--rooms") { Description = "rooms playing at once", DefaultValueFactory = _ => 1 };
var players = new Option<int>("--players") { Description = "players per room (customer, agent, scorers)", DefaultValueFactory = _ => 8 };
var messages = new Option<int>("--messages") { Description = "messages per room, customer and agent taking turns", DefaultValueFactory = _ => 500 };
var root = new RootCommand("TeamDrill load tool: a real server in this process, real SignalR clients on loopback; reports fan-out latency, throughput and memory.");
root.Options.Add(rooms);
root.Options.Add(players);
root.Options.Add(messages);
root.SetAction(async (result, ct) =>
{
    var run = new LoadRun(result.GetValue(rooms), result.GetValue(players), result.GetValue(messages));
    var report = await run.ExecuteAsync(ct);
    Console.WriteLine(report);
    return 0;
});
return await root.Parse(args).InvokeAsync();
