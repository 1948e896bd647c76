using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;
using Xunit.Abstractions;

namespace TeamDrill.Tests.Failover;

/// <summary>
/// A removed player may be connected through any edge: the ban travels in the room's own event stream,
/// so every edge stops sending them the room at once.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class RemovalAcrossEdgesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task a_removed_player_connected_through_two_edges_hears_nothing_more_on_either()
    {
        await using var cluster = await TestCluster.StartAsync();
        await cluster.StartSiloAsync("silo");
        var edge1 = await cluster.StartEdgeAsync("edge 1");
        var edge2 = await cluster.StartEdgeAsync("edge 2");
        try
        {
            await using var ana = await TestPlayer.SignInAsync(edge1.Url, "Ana");
            await using var ben = await TestPlayer.SignInAsync(edge2.Url, "Ben");
            await using var dee = await TestPlayer.SignInAsync(edge1.Url, "Dee");
            await using var deeElsewhere = await TestPlayer.SignInAsync(edge2.Url, "Dee", dee.Identity.Token);
            var code = (await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New())).Code;
            await ben.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);
            await dee.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);
            await deeElsewhere.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), code);

            await ana.Hub.InvokeAsync(nameof(IDrillHub.RemoveMember), code, "Dee", ActionIds.New());
            var banned = await dee.WaitFor<MemberBanned>();
            await deeElsewhere.WaitFor<MemberBanned>();

            await Assert.ThrowsAsync<HubException>(() => deeElsewhere.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), code));
            await ana.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, "Ben", DrillRole.Agent, ActionIds.New());
            await ben.WaitFor<RolesAssigned>();
            await ana.WaitFor<RolesAssigned>();
            Assert.DoesNotContain(dee.Received, e => e.Seq > banned.Seq);
            Assert.DoesNotContain(deeElsewhere.Received, e => e.Seq > banned.Seq);
        }
        catch
        {
            output.WriteLine(cluster.Logs());
            throw;
        }
    }
}
