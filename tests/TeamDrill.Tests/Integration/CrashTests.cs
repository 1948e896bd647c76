using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

[Collection(ServerCollection.Name)]
public sealed class CrashTests
{
    [Fact]
    public async Task what_the_server_acknowledged_survives_kill_minus_nine()
    {
        using var data = new TempFolder();
        string code;
        SignInResponse ana;
        await using (var server = await ServerProcess.StartAsync(data.Path))
        {
            var drill = await DrillScript.SetUpAsync(server.Url);
            code = drill.Code;
            ana = drill.Customer.Identity;
            await drill.Start();
            await drill.Say(drill.Customer, "This is the third time I have called.");
            await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.SetAnger), drill.Code, 7, ActionIds.New());
            await drill.Say(drill.Agent, "Mrs Mensah, I am sorry; let me fix it on this call.");

            server.KillHard();
            await drill.DisposeAsync();
        }

        await using var restarted = await ServerProcess.StartAsync(data.Path);
        await using var again = await TestPlayer.SignInAsync(restarted.Url, "Ana", ana.Token);
        var room = await again.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), code);

        Assert.Equal(DrillPhase.Call, room.Phase);
        Assert.Equal(7, room.Anger);
        Assert.Equal(
            ["This is the third time I have called.", "Mrs Mensah, I am sorry; let me fix it on this call."],
            room.Transcript.Select(m => m.Text));
        Assert.NotNull(room.Card); // Ana is still the customer and still holds the card
    }

    [Fact]
    public async Task the_server_refuses_to_start_on_a_bad_setting_and_names_it()
    {
        using var data = new TempFolder();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerProcess.StartAsync(data.Path, "--role", "both"));
        Assert.Contains("Role (--role) is 'both'; it must be all, silo or edge.", error.Message);
    }

    [Fact]
    public async Task the_server_refuses_to_start_on_invalid_content_and_says_where()
    {
        using var data = new TempFolder();
        using var content = new TempFolder();
        Directory.CreateDirectory(Path.Combine(content.Path, "cards"));
        File.WriteAllText(Path.Combine(content.Path, "cards", "broken.yaml"), "id: broken\ndificulty: 9\n");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => ServerProcess.StartAsync(data.Path, "--content", content.Path));

        Assert.Contains("The content is invalid", error.Message);
        Assert.Contains("broken.yaml:2:1: unknown field 'dificulty'; did you mean 'difficulty'?", error.Message);
    }
}
