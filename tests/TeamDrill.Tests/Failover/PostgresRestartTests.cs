using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;
using Xunit.Abstractions;

namespace TeamDrill.Tests.Failover;

[Collection(ServerCollection.Name)]
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    /// <summary>A refusal a user can act on comes at once; this is generous for a loaded two-core machine.</summary>
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The level Ana asks for while the database is down; the rounds only ever move anger up from the card's 3.</summary>
    private const int RefusedAnger = 0;

    /// <remarks>
    /// Guards against a refused action surviving in memory: the room applies an action before its write is
    /// durable, so after a failed write it must read itself back from storage before it serves again
    /// (once, the retried message was kept twice and the refused anger landed in the curve).
    /// </remarks>
    [Fact]
    public async Task while_postgresql_restarts_actions_fail_fast_with_try_again_and_afterwards_nothing_is_lost_or_doubled()
    {
        await using var cluster = await TestCluster.StartAsync();
        await cluster.StartSiloAsync("silo");
        var edge = await cluster.StartEdgeAsync("edge");
        var edges = new EdgeAddresses(edge.Url);
        await using var drill = await FailoverDrill.StartAsync(edges, [edge.Url, edge.Url, edge.Url, edge.Url]);
        try
        {
            await drill.Customer.InvokeAsync(nameof(IDrillHub.SendMessage), drill.Code, "before the outage", ActionIds.New());
            await drill.WaitUntilEveryoneSeesAsync("before the outage");
            await drill.PlayRoundAsync("agent before the outage");

            await cluster.Postgres.StopAsync();
            var whileDown = new List<Attempt>
            {
                await Attempt.RunAsync("Ana sends", () => drill.Customer.InvokeAsync(nameof(IDrillHub.SendMessage), drill.Code, "sent while the database is down", ActionIds.New())),
                await Attempt.RunAsync("Ana sets anger", () => drill.Customer.InvokeAsync(nameof(IDrillHub.SetAnger), drill.Code, RefusedAnger, ActionIds.New())),
                await Attempt.RunAsync("Ben sends", () => drill.Agent.InvokeAsync(nameof(IDrillHub.SendMessage), drill.Code, "agent while the database is down", ActionIds.New())),
            };
            foreach (var attempt in whileDown)
            {
                output.WriteLine(attempt.ToString());
            }

            await cluster.Postgres.StartAgainAsync();
            // Told to try again, Ana and Ben do, until the server takes it; then the drill goes on.
            var retried = await Poll.UntilSucceedsAsync(
                () => drill.Customer.InvokeAsync(nameof(IDrillHub.SendMessage), drill.Code, "sent while the database is down", ActionIds.New()),
                Patience,
                "Ana's message to be taken after PostgreSQL is back");
            output.WriteLine($"Ana's retry was taken {retried.TotalSeconds:0.0} s after PostgreSQL was back");
            await drill.WaitUntilEveryoneSeesAsync("sent while the database is down");
            await Poll.UntilSucceedsAsync(
                () => drill.Agent.InvokeAsync(nameof(IDrillHub.SendMessage), drill.Code, "agent while the database is down", ActionIds.New()),
                Patience,
                "Ben's message to be taken after PostgreSQL is back");
            await drill.WaitUntilEveryoneSeesAsync("agent while the database is down");
            await drill.PlayRoundAsync("agent after the outage");
            var (debrief, stuck) = await drill.FinishAsync();
            var transcript = debrief.Transcript;

            var problems = whileDown
                .Where(a => a.Succeeded || a.Took > Quick || !a.Error!.Contains("try again", StringComparison.OrdinalIgnoreCase))
                .Select(a => $"While PostgreSQL was down, expected a quick refusal that says to try again; got {a}.")
                .ToList();
            problems.AddRange(DeliveryAudit.TranscriptProblems(
                transcript,
                [],
                ["before the outage", "agent before the outage", "sent while the database is down", "agent while the database is down", "agent after the outage"]));
            problems.AddRange(DeliveryAudit.ViewProblems(drill.Code, transcript, drill.Everyone));
            if (debrief.AngerCurve.Any(point => point.Level == RefusedAnger))
            {
                problems.Add($"The debrief's anger curve has the level {RefusedAnger} that was refused while PostgreSQL was down: " +
                    string.Join(", ", debrief.AngerCurve.Select(p => p.Level)) + ".");
            }

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
}
