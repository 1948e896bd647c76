using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;
using Xunit.Abstractions;

namespace TeamDrill.Tests.Failover;

[Collection(ServerCollection.Name)]
public sealed class SiloFailoverTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <remarks>
    /// The reactivated room knows no edges: each edge renews its subscriptions every few seconds, the
    /// answer says how far the room is, and the edge catches up on what was never pushed to it (events the
    /// dead silo stored but had not pushed, and everything while it was unsubscribed).
    /// </remarks>
    [Fact]
    public async Task a_killed_silo_hands_its_room_to_the_survivor_without_losing_an_acknowledged_message()
    {
        await using var cluster = await TestCluster.StartAsync();
        var siloA = await cluster.StartSiloAsync("silo A");
        var edge1 = await cluster.StartEdgeAsync("edge 1");
        var edge2 = await cluster.StartEdgeAsync("edge 2");
        var edges = new EdgeAddresses(edge1.Url, edge2.Url);
        // While silo A is the only silo, the room can only be active there.
        await using var drill = await FailoverDrill.StartAsync(edges, [edge1.Url, edge2.Url, edge1.Url, edge2.Url]);
        await cluster.StartSiloAsync("silo B");

        var customer = new ChatSender(drill.Customer, drill.Code, "ana", Pace);
        var agent = new ChatSender(drill.Agent, drill.Code, "ben", Pace);
        ChatSender[] senders = [customer, agent];
        try
        {
            foreach (var sender in senders)
            {
                sender.Start();
            }

            await Poll.UntilAsync(() => senders.All(s => s.AcknowledgedCount >= 5), Patience, "both to get 5 messages through");
            var killedAt = DateTime.UtcNow;
            siloA.KillHard();
            await Poll.UntilAsync(
                () => senders.All(s => s.AcknowledgedSince(killedAt) >= 5),
                Patience,
                "both to get 5 messages through after silo A died",
                () => Describe(senders) + "\n" + drill.Describe());
            foreach (var sender in senders)
            {
                await sender.StopAsync();
            }

            var (debrief, stuck) = await drill.FinishAsync();
            var transcript = debrief.Transcript;

            ReportPause(killedAt, senders, drill);
            var problems = DeliveryAudit.TranscriptProblems(transcript, senders);
            problems.AddRange(DeliveryAudit.ViewProblems(drill.Code, transcript, drill.Everyone));
            if (stuck is not null)
            {
                problems.Insert(0, stuck);
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + Describe(senders));
        }
        catch
        {
            output.WriteLine(cluster.Logs());
            throw;
        }
        finally
        {
            foreach (var sender in senders)
            {
                await sender.StopAsync();
            }
        }
    }

    private void ReportPause(DateTime killedAt, IEnumerable<ChatSender> senders, FailoverDrill drill)
    {
        output.WriteLine($"silo A killed at {killedAt:HH:mm:ss.fff} UTC");
        foreach (var sender in senders)
        {
            var acknowledged = sender.Acknowledged;
            var pause = acknowledged.Zip(acknowledged.Skip(1)).MaxBy(p => p.Second.AnsweredAt - p.First.AnsweredAt);
            var failed = sender.Unacknowledged;
            output.WriteLine(
                $"{sender.Prefix}: longest wait between two acknowledgements {(pause.Second.AnsweredAt - pause.First.AnsweredAt).TotalSeconds:0.0} s " +
                $"(until {pause.Second.AnsweredAt:HH:mm:ss.fff}); {failed.Count} sends failed, the longest call took " +
                $"{acknowledged.Concat(failed).Max(m => m.Took).TotalSeconds:0.0} s; errors: {string.Join(" | ", failed.Select(m => m.Error).Distinct().Take(3))}");
        }

        foreach (var player in drill.Everyone)
        {
            var applied = player.Read(drill.Code, v => v.MessagesApplied.ToList());
            var gap = applied.Zip(applied.Skip(1)).Select(p => p.Second.At - p.First.At).DefaultIfEmpty().Max();
            output.WriteLine($"{player.Name}: longest wait between two messages on screen {gap.TotalSeconds:0.0} s");
        }
    }

    private static string Describe(IEnumerable<ChatSender> senders) => string.Join("\n", senders.Select(s =>
        $"{s.Prefix}: {s.AcknowledgedCount} acknowledged, {s.Unacknowledged.Count} failed; last failures: " +
        string.Join(" | ", s.Unacknowledged.TakeLast(3).Select(m => $"{m.Text} after {m.Took.TotalSeconds:0.0} s: {m.Error}"))));
}
