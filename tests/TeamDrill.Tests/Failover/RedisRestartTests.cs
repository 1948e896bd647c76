using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;
using Xunit.Abstractions;

namespace TeamDrill.Tests.Failover;

[Collection(ServerCollection.Name)]
public sealed class RedisRestartTests(ITestOutputHelper output)
{
    /// <summary>An answer, or a refusal a user can act on, within this; generous for a loaded two-core machine.</summary>
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(150);

    [Fact]
    public async Task a_redis_restart_neither_hangs_calls_nor_needs_a_teamdrill_restart()
    {
        await using var cluster = await TestCluster.StartAsync();
        await cluster.StartSiloAsync("silo A");
        await cluster.StartSiloAsync("silo B");
        var edge1 = await cluster.StartEdgeAsync("edge 1");
        var edge2 = await cluster.StartEdgeAsync("edge 2");
        var edges = new EdgeAddresses(edge1.Url, edge2.Url);
        await using var drill = await FailoverDrill.StartAsync(edges, [edge1.Url, edge2.Url, edge1.Url, edge2.Url]);
        try
        {
            await drill.PlayRoundAsync("before the outage");

            await cluster.Redis.StopAsync();
            var duringOutage = new List<Attempt>();
            var started = DateTime.UtcNow;
            for (var round = 1; DateTime.UtcNow - started < Outage; round++)
            {
                var text = $"during the outage {round}";
                // People, not a load test: one action at a time, a moment apart (two at once is TwoEdgeDeliveryTests' subject).
                duringOutage.Add(await Attempt.RunAsync($"Ben sends '{text}'", () => drill.Agent.InvokeAsync(nameof(IDrillHub.SendMessage), drill.Code, text, ActionIds.New())));
                await Task.Delay(Pace);
                duringOutage.Add(await Attempt.RunAsync("Ana sets anger", () => drill.Customer.InvokeAsync(nameof(IDrillHub.SetAnger), drill.Code, 1 + (round % 9), ActionIds.New())));
                await Task.Delay(Pace);
                duringOutage.Add(await Attempt.RunAsync("Dee reads the room", () => drill.RoomAsync(drill.Scorer2)));
                await Task.Delay(Pace);
            }

            await cluster.Redis.StartAgainAsync();
            output.WriteLine(
                $"{duringOutage.Count} calls while Redis was down: {duringOutage.Count(a => a.Succeeded)} answered, " +
                $"{duringOutage.Count(a => !a.Succeeded)} refused ({string.Join(" | ", duringOutage.Where(a => !a.Succeeded).Select(a => a.Error).Distinct())}); " +
                $"slowest: {duringOutage.MaxBy(a => a.Took)}");

            // The same processes: a full round works once Redis is back.
            await drill.PlayRoundAsync("after the outage");
            // And the membership Redis kept still lets a new edge find the silos.
            var edge3 = await cluster.StartEdgeAsync("edge 3");
            await using var newcomer = await FailoverPlayer.SignInAsync(edges, edge3.Url, "Eve");
            await newcomer.JoinRoomAsync(drill.Code);

            var (debrief, stuck) = await drill.FinishAsync();
            var problems = duringOutage
                .Where(a => a.Took > Quick || (!a.Succeeded && !a.Error!.Contains("try again", StringComparison.OrdinalIgnoreCase)))
                .Select(a => $"While Redis was down, expected an answer or a refusal that says to try again within {Quick.TotalSeconds:0} s; got {a}.")
                .ToList();
            var sends = duringOutage.Where(a => a.What.StartsWith("Ben sends", StringComparison.Ordinal)).ToList();
            problems.AddRange(DeliveryAudit.TranscriptProblems(
                debrief.Transcript,
                [],
                ["before the outage", "after the outage", .. sends.Where(a => a.Succeeded).Select(TextOf)],
                sends.Where(a => !a.Succeeded).Select(TextOf)));
            problems.AddRange(DeliveryAudit.ViewProblems(drill.Code, debrief.Transcript, [.. drill.Everyone, newcomer]));
            if (stuck is not null)
            {
                problems.Insert(0, stuck);
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + drill.Describe());
        }
        catch
        {
            output.WriteLine(cluster.Logs());
            throw;
        }
    }

    private static string TextOf(Attempt send) => send.What.Split('\'')[1];
}
