using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Hosting;

/// <summary>What an operator finds in the log of a normal session: the start line, the stop line, and no noise.</summary>
[Collection(ServerCollection.Name)]
public sealed class ServerLogTests
{
    [Fact]
    public async Task refused_calls_and_placement_retries_leave_no_log_lines_and_a_stop_leaves_one()
    {
        using var data = new TempFolder();
        var server = await ServerProcess.StartAsync(data.Path);
        try
        {
            await using var probe = await TestPlayer.SignInAsync(server.Url, "Probe");
            for (var i = 0; i < 20; i++)
            {
                await Assert.ThrowsAsync<HubException>(() => probe.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), "K7QX2M"));
            }

            var created = await probe.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New());
            Assert.Equal(DrillPhase.Lobby, created.Phase);
            Assert.Equal(0, await server.StopAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            await server.DisposeAsync();
        }

        var log = server.Output;
        Assert.Contains("listening on", log, StringComparison.Ordinal);
        Assert.Single(log.Split('\n'), line => line.Contains("TeamDrill stopped", StringComparison.Ordinal));
        Assert.DoesNotContain("There is no room", log, StringComparison.Ordinal); // a refusal is the caller's news, not the operator's
        Assert.DoesNotContain("fail:", log, StringComparison.Ordinal);
        Assert.DoesNotContain("warn:", log, StringComparison.Ordinal); // nothing alarming at a normal start
        Assert.DoesNotContain("Polly", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Participant check thread", log, StringComparison.Ordinal);
    }
}
