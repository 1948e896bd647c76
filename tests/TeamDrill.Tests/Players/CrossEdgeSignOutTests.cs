using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Players;

/// <summary>
/// A silo and two edges as separate processes: a sign-out made on one edge reaches the other edge's
/// connections at their next call once that edge's trust in the token runs out (15 s at most), and
/// one person's data crosses the edge-silo hop whole.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class CrossEdgeSignOutTests
{
    [Fact]
    public async Task a_sign_out_on_one_edge_is_refused_on_the_other_and_an_export_crosses_to_the_silo()
    {
        using var data = new TempFolder();
        var (siloPort, gatewayPort) = (FreePorts.Next().ToString(), FreePorts.Next().ToString());
        await using var silo = await ServerProcess.StartAsync(
            ["--role", "silo", "--data", data.Path, "--content", RepoPaths.Content, "--silo-port", siloPort, "--gateway-port", gatewayPort,
             "--facilitator-key", SharedServer.FacilitatorKey]);
        await using var edgeA = await ServerProcess.StartAsync(["--role", "edge", "--gateway-port", gatewayPort]);
        await using var edgeB = await ServerProcess.StartAsync(["--role", "edge", "--gateway-port", gatewayPort]);

        await using var onA = await TestPlayer.SignInAsync(edgeA.Url, "Ana");
        var room = await onA.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New());
        await using var onB = await TestPlayer.SignInAsync(edgeB.Url, "Ana", onA.Identity.Token);
        Assert.Equal(onA.Id, onB.Id);
        Assert.Equal(room.Code, (await onB.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), room.Code)).Code);

        await using var fay = await TestPlayer.SignInAsync(edgeB.Url, "Fay");
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.ClaimFacilitator), SharedServer.FacilitatorKey);
        using (var export = JsonDocument.Parse(await fay.Hub.InvokeAsync<string>(nameof(IPlayerHub.ExportPlayer), onA.Id)))
        {
            Assert.Equal(("Ana", 1), (export.RootElement.GetProperty("name").GetString(), export.RootElement.GetProperty("activeSignIns").GetInt32()));
            Assert.Equal([room.Code], export.RootElement.GetProperty("rooms").EnumerateArray().Select(r => r.GetString()));
        }

        await onA.Hub.InvokeAsync(nameof(IPlayerHub.SignOut));

        await Poll.UntilSucceedsAsync(
            async () =>
            {
                var refused = await Assert.ThrowsAnyAsync<Exception>(() => onB.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), room.Code));
                Assert.Contains("This sign-in was signed out; sign in again.", Assert.IsType<HubException>(refused).Message, StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(30),
            "the other edge to refuse the signed-out token");
        await Poll.UntilAsync(() => onB.Hub.State == HubConnectionState.Disconnected, TimeSpan.FromSeconds(10), "the other edge to close the connection");
    }
}
