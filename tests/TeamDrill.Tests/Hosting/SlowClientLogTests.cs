using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Hosting;

/// <summary>
/// A client that stops reading is dropped rather than waited for, and the operator reads that once, with
/// its queue length. Before the stall limit the kernel's buffers hid it: the client's own timeout closed it
/// long before its queue of 1,000 batches filled, and the line never appeared.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class SlowClientLogTests
{
    private const string DroppedLine = "fell too far behind and was dropped";

    [Fact]
    public async Task a_client_that_stops_reading_is_dropped_and_logged_once_with_its_queue_length()
    {
        using var data = new TempFolder();
        var server = await ServerProcess.StartAsync(data.Path, "--outbound-stall-limit", "00:00:03", "--calls-per-second", "1000");
        try
        {
            await using var proxy = new LoopbackProxy(server.Url);
            await using var ana = await TestPlayer.SignInAsync(server.Url, "Ana");
            await using var ben = await TestPlayer.SignInAsync(server.Url, "Ben");
            await using var slow = await TestPlayer.SignInAsync(proxy.Url, "Slow");
            var code = (await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New())).Code;
            await ben.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);
            await slow.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);
            await ana.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, "Ana", DrillRole.Customer, ActionIds.New());
            await ana.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, "Ben", DrillRole.Agent, ActionIds.New());
            await ana.Hub.InvokeAsync(nameof(IDrillHub.StartDrill), code, DrillScript.CardId, ActionIds.New());

            // The stalled client must not give up first (its own timeout is 30 s): the kernel's buffers take megabytes to fill.
            slow.Hub.ServerTimeout = TimeSpan.FromMinutes(10);
            proxy.Stall();
            var line = new string('x', DrillLimits.MaxMessageLength);
            var deadline = DateTime.UtcNow.AddSeconds(150);
            while (!server.Output.Contains(DroppedLine, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                // The scorer on the stalled connection is sent every message of the call.
                await Task.WhenAll(Enumerable.Range(0, 20).SelectMany(_ => new[]
                {
                    ana.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), code, line, ActionIds.New()),
                    ben.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), code, line, ActionIds.New()),
                }));
            }

            // The call goes on: the stalled member held nobody up, and is told of nothing twice.
            for (var i = 0; i < 20; i++)
            {
                await ben.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), code, "Still here.", ActionIds.New());
            }

            await Task.Delay(TimeSpan.FromSeconds(4)); // past the stall limit again, had the connection stayed
            Assert.Equal(HubConnectionState.Connected, ana.Hub.State);
            var dropped = server.Output.Split('\n').Where(l => l.Contains(DroppedLine, StringComparison.Ordinal)).ToList();
            var logged = Assert.Single(dropped);
            Assert.Contains(slow.Id, logged, StringComparison.Ordinal);
            Assert.Matches(@"with \d+ batches waiting", logged);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
