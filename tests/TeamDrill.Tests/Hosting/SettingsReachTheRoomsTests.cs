using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Hosting;

/// <summary>A room limit set with a flag is the one the room enforces, not the domain's own fallback.</summary>
[Collection(ServerCollection.Name)]
public sealed class SettingsReachTheRoomsTests
{
    [Fact]
    public async Task max_room_members_from_the_flag_is_the_room_size()
    {
        using var data = new TempFolder();
        await using var server = await InProcessServer.StartAsync(data.Path, "--max-room-members", "3");
        await using var ana = await TestPlayer.SignInAsync(server.Url, "Ana");
        await using var ben = await TestPlayer.SignInAsync(server.Url, "Ben");
        await using var cy = await TestPlayer.SignInAsync(server.Url, "Cy");
        await using var dee = await TestPlayer.SignInAsync(server.Url, "Dee");
        var room = await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New());
        await ben.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), room.Code);
        await cy.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), room.Code);

        var refused = await Assert.ThrowsAsync<HubException>(() => dee.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), room.Code));

        Assert.Contains($"Room {room.Code} is full (3 members).", refused.Message);
    }
}
