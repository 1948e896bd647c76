using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;
using Xunit.Abstractions;

namespace TeamDrill.Tests.Failover;

/// <summary>
/// The baseline the failover tests stand on: with nothing failing, players spread over two edges see
/// every message once and in order while the customer and the agent talk at the same time.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class TwoEdgeDeliveryTests(ITestOutputHelper output)
{
    private const int MessagesEach = 100;
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <remarks>
    /// The room pushes each action to each edge in a one-way call, and Orleans does not keep those calls in
    /// order (an edge can be reached through either gateway). Once, an overtaken event was dropped; now
    /// each push is a run of consecutive events and the edge puts runs back in order.
    /// </remarks>
    [Fact]
    public async Task with_nothing_failing_players_on_two_edges_see_every_message_when_two_people_talk_at_once()
    {
        await using var cluster = await TestCluster.StartAsync();
        await cluster.StartSiloAsync("silo");
        var edge1 = await cluster.StartEdgeAsync("edge 1");
        var edge2 = await cluster.StartEdgeAsync("edge 2");
        var edges = new EdgeAddresses(edge1.Url, edge2.Url);
        await using var drill = await FailoverDrill.StartAsync(edges, [edge1.Url, edge2.Url, edge1.Url, edge2.Url]);
        ChatSender[] senders = [new(drill.Customer, drill.Code, "ana", Pace), new(drill.Agent, drill.Code, "ben", Pace)];
        try
        {
            foreach (var sender in senders)
            {
                sender.Start();
            }

            await Poll.UntilAsync(() => senders.All(s => s.AcknowledgedCount >= MessagesEach), Patience, $"both to get {MessagesEach} messages through");
            foreach (var sender in senders)
            {
                await sender.StopAsync();
            }

            var (debrief, stuck) = await drill.FinishAsync();
            var problems = DeliveryAudit.TranscriptProblems(debrief.Transcript, senders);
            problems.AddRange(DeliveryAudit.ViewProblems(drill.Code, debrief.Transcript, drill.Everyone));
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
        finally
        {
            foreach (var sender in senders)
            {
                await sender.StopAsync();
            }
        }
    }
}
