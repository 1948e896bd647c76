using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

[Collection(ServerCollection.Name)]
public sealed class ScaleOutTests
{
    [Fact]
    public async Task two_silos_and_two_edges_form_one_cluster_through_redis()
    {
        await using var redis = await RedisInstance.StartAsync();
        using var data = new TempFolder();
        string[] Silo() =>
        [
            "--role", "silo", "--redis", redis.ConnectionString, "--data", data.Path, "--content", RepoPaths.Content,
            "--silo-port", FreePorts.Next().ToString(), "--gateway-port", FreePorts.Next().ToString(),
        ];
        await using var silo1 = await ServerProcess.StartAsync(Silo());
        await using var silo2 = await ServerProcess.StartAsync(Silo());
        await using var edge1 = await ServerProcess.StartAsync(["--role", "edge", "--redis", redis.ConnectionString]);
        await using var edge2 = await ServerProcess.StartAsync(["--role", "edge", "--redis", redis.ConnectionString]);

        // Players on different edges share one room: the room grain lives on one silo and pushes to both edges.
        var ana = await TestPlayer.SignInAsync(edge1.Url, "Ana");
        var ben = await TestPlayer.SignInAsync(edge2.Url, "Ben");
        var cy = await TestPlayer.SignInAsync(edge2.Url, "Cy");
        var code = (await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New())).Code;
        foreach (var p in new[] { ben, cy })
        {
            await p.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);
        }

        await ana.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, "Ana", DrillRole.Customer, ActionIds.New());
        await ana.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, "Ben", DrillRole.Agent, ActionIds.New());
        await ana.Hub.InvokeAsync(nameof(IDrillHub.StartDrill), code, DrillScript.CardId, ActionIds.New());
        await ben.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), code, "Hello from the other edge.", ActionIds.New());

        Assert.Equal("Hello from the other edge.", (await ana.WaitFor<MessagePosted>()).Message.Text);
        Assert.Equal("Hello from the other edge.", (await cy.WaitFor<MessagePosted>()).Message.Text);
        Assert.Single(ana.ReceivedOf<CustomerCardDealt>());
        Assert.Empty(cy.ReceivedOf<CustomerCardDealt>());
        foreach (var p in new[] { ana, ben, cy })
        {
            await p.DisposeAsync();
        }
    }
}
