using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.LoadTest.Clients;

/// <summary>
/// Puts connected players into a new room and starts a drill the way a host would: the first player
/// creates the room, the rest join, the first becomes the customer and the second the agent (everyone
/// else stays a scorer), and the drill starts with a card the room has not played.
/// </summary>
public static class DrillRoomSetup
{
    /// <param name="greetings">
    /// Untimed lines the customer and the agent exchange once the drill runs (not tagged, so nothing
    /// counts them): the send path is then compiled and warm before anything is timed.
    /// </param>
    public static async Task<string> CreateAndStartAsync(IReadOnlyList<Player> members, int greetings, CancellationToken cancellationToken)
    {
        var host = members[0];
        var code = (await host.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New(), cancellationToken)).Code;
        foreach (var member in members.Skip(1))
        {
            await member.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code, cancellationToken);
        }

        // By id, not name: names are not unique and the server accepts either.
        await host.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, members[0].Id, DrillRole.Customer, ActionIds.New(), cancellationToken);
        await host.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, members[1].Id, DrillRole.Agent, ActionIds.New(), cancellationToken);
        await host.Hub.InvokeAsync(nameof(IDrillHub.StartDrill), code, (string?)null, ActionIds.New(), cancellationToken);
        for (var i = 0; i < greetings; i++)
        {
            var fromCustomer = i % 2 == 0;
            await members[fromCustomer ? 0 : 1].Hub.InvokeAsync(
                nameof(IDrillHub.SendMessage), code, fromCustomer ? "Hello, is anyone there?" : "Hello, thank you for calling.", ActionIds.New(), cancellationToken);
        }

        return code;
    }
}
