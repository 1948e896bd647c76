using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Operations;

/// <summary><c>--log-format json</c>: one JSON object a line, and as quiet as the text log.</summary>
[Collection(ServerCollection.Name)]
public sealed class JsonLogTests
{
    [Fact]
    public async Task every_line_is_a_json_object_and_a_session_logs_its_start_and_one_stop_line()
    {
        using var data = new TempFolder();
        var server = await ServerProcess.StartAsync(data.Path, "--log-format", "json");
        try
        {
            await using var probe = await TestPlayer.SignInAsync(server.Url, "Probe");
            for (var i = 0; i < 20; i++)
            {
                await Assert.ThrowsAsync<HubException>(() => probe.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), "K7QX2M"));
            }

            await probe.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New());
            Assert.Equal(0, await server.StopAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            await server.DisposeAsync();
        }

        var lines = server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entries = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(entries, e => Assert.Equal(JsonValueKind.Object, e.ValueKind));
        var messages = entries.Select(e => e.GetProperty("Message").GetString() ?? "").ToList();
        Assert.Contains(messages, m => m.Contains("listening on", StringComparison.Ordinal));
        Assert.Single(messages, m => m.StartsWith("TeamDrill stopped", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.GetProperty("LogLevel").GetString() is "Warning" or "Error" or "Critical");
        Assert.DoesNotContain(entries, e => e.GetProperty("Category").GetString()!.StartsWith("Polly", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("There is no room", StringComparison.Ordinal));
    }
}
