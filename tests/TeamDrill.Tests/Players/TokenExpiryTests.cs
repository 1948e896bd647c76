using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Players;

/// <summary>
/// Sign-in tokens expire after going unused for --token-idle-limit, on servers started with a short limit.
/// Waiting here is for time itself to pass unused, which no event announces, so these tests sleep past the limit.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class TokenExpiryTests
{
    [Fact]
    public async Task an_unused_token_is_refused_at_connect_and_at_resume_and_the_client_signs_in_afresh()
    {
        using var data = new TempFolder();
        using var config = new TempFolder("teamdrill-config");
        await using var server = await InProcessServer.StartAsync(data.Path, "--token-idle-limit", "00:00:02");
        var ana = await TestPlayer.SignInAsync(server.Url, "Ana");
        var ben = await TestPlayer.SignInAsync(server.Url, "Ben");
        Assert.NotEmpty(await ana.Hub.InvokeAsync<IReadOnlyList<PublicBrief>>(nameof(IDrillHub.ListCards)));
        await ana.DisposeAsync();
        await ben.DisposeAsync();
        var store = new ClientConfigStore(Path.Combine(config.Path, "config.json"));
        var target = new SignInTarget(new Uri(server.Url + "/"), "Cy");
        var cy = await SignInClient.SignInAsync(store, target, null);

        await Task.Delay(TimeSpan.FromSeconds(3.5));

        const string Expired = "Your sign-in expired after going unused; sign in again.";
        Assert.Equal((HttpStatusCode.Unauthorized, Expired), await TokenProbe.NegotiateAsync(server.Url, ana.Identity.Token));
        var resumed = await TokenProbe.ResumeAsync(server.Url, "Ben", ben.Identity.Token);
        Assert.Equal((HttpStatusCode.Unauthorized, Expired), (resumed.Status, resumed.Body));

        // Told to sign in again, a client does so by name: a new player, and the new token is saved.
        var again = await SignInClient.SignInAsync(store, target, null);
        Assert.NotEqual(cy.PlayerId, again.PlayerId);
        Assert.Equal("Cy", again.Name);
        Assert.Equal(again.Token, store.Load().FindPlayer(server.Url, "Cy")!.Token);
        await using var fresh = await TestPlayer.SignInAsync(server.Url, "Ben");
        Assert.NotEmpty(await fresh.Hub.InvokeAsync<IReadOnlyList<PublicBrief>>(nameof(IDrillHub.ListCards)));
    }

    [Fact]
    public async Task a_token_in_use_stays_valid_past_the_idle_limit()
    {
        using var data = new TempFolder();
        await using var server = await InProcessServer.StartAsync(data.Path, "--token-idle-limit", "00:00:04");
        await using var ana = await TestPlayer.SignInAsync(server.Url, "Ana");
        var until = DateTimeOffset.UtcNow.AddSeconds(7);
        while (DateTimeOffset.UtcNow < until)
        {
            Assert.NotEmpty(await ana.Hub.InvokeAsync<IReadOnlyList<PublicBrief>>(nameof(IDrillHub.ListCards)));
            await Task.Delay(250);
        }

        var resumed = await TokenProbe.ResumeAsync(server.Url, "Ana", ana.Identity.Token);
        Assert.Equal((HttpStatusCode.OK, ana.Id), (resumed.Status, resumed.SignedIn?.PlayerId));
    }

    [Fact]
    public async Task a_valid_token_survives_a_restart()
    {
        using var data = new TempFolder();
        var server = await InProcessServer.StartAsync(data.Path);
        var ana = await TestPlayer.SignInAsync(server.Url, "Ana");
        await ana.DisposeAsync();
        await server.DisposeAsync();

        await using var restarted = await InProcessServer.StartAsync(data.Path);
        var resumed = await TokenProbe.ResumeAsync(restarted.Url, "Ana", ana.Identity.Token);
        Assert.Equal((HttpStatusCode.OK, ana.Id), (resumed.Status, resumed.SignedIn?.PlayerId));
    }
}
