using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;
using Xunit.Abstractions;

namespace TeamDrill.Tests.Failover;

[Collection(ServerCollection.Name)]
public sealed class EdgeFailoverTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <remarks>
    /// Also depends on what <see cref="TwoEdgeDeliveryTests"/> guards: the surviving edge puts pushes that
    /// overtake each other back in order (<c>RoomStream</c>) instead of dropping the overtaken one.
    /// </remarks>
    [Fact]
    public async Task players_of_a_killed_edge_reconnect_to_the_other_edge_and_get_what_they_missed_exactly_once_in_order()
    {
        await using var cluster = await TestCluster.StartAsync();
        await cluster.StartSiloAsync("silo");
        var edge1 = await cluster.StartEdgeAsync("edge 1");
        var edge2 = await cluster.StartEdgeAsync("edge 2");
        var edges = new EdgeAddresses(edge1.Url, edge2.Url);
        await using var drill = await FailoverDrill.StartAsync(edges, [edge1.Url, edge2.Url, edge1.Url, edge2.Url]);
        FailoverPlayer[] away = [drill.Customer, drill.Scorer1];

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
            foreach (var player in away)
            {
                player.HoldReconnects();
            }

            var killedAt = DateTime.UtcNow;
            edge1.KillHard();
            // Ben goes on talking while Ana and Cy are disconnected.
            await Poll.UntilAsync(() => agent.AcknowledgedSince(killedAt) >= 5, Patience, "Ben to get 5 messages through while Ana and Cy are away");
            foreach (var player in away)
            {
                player.AllowReconnects();
            }

            await Poll.UntilAsync(
                () => away.All(p => p.IsCaughtUp && p.Edge == edge2.Url) && customer.AcknowledgedSince(killedAt) >= 5,
                Patience,
                "Ana and Cy to be back on edge 2 and Ana to get 5 messages through",
                drill.Describe);
            foreach (var sender in senders)
            {
                await sender.StopAsync();
            }

            var (debrief, stuck) = await drill.FinishAsync();
            var transcript = debrief.Transcript;
            var problems = DeliveryAudit.TranscriptProblems(transcript, senders);
            problems.AddRange(DeliveryAudit.ViewProblems(drill.Code, transcript, drill.Everyone));
            if (stuck is not null)
            {
                problems.Insert(0, stuck);
            }

            foreach (var player in away)
            {
                output.WriteLine($"{player.Name}: {string.Join("; ", player.Notes)}");
                if (player.Reconnects != 1 || player.Read(drill.Code, v => v.ResyncSnapshots) != 0)
                {
                    problems.Add($"{player.Name} reconnected {player.Reconnects} times and was resynced with " +
                        $"{player.Read(drill.Code, v => v.ResyncSnapshots)} snapshots; expected once, with the missed events.");
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + drill.Describe());
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
}
