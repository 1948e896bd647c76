using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>One address cannot mint players without end, and one sign-in cannot open connections without end.</summary>
[Collection(ServerCollection.Name)]
public sealed class SignInAndConnectionLimitTests
{
    [Fact]
    public async Task sign_ins_past_the_limit_of_an_address_are_answered_429_with_when_to_sign_in_again()
    {
        using var data = new TempFolder();
        await using var server = await InProcessServer.StartAsync(data.Path, InProcessServer.SignInLimitFlag, "3");
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        for (var i = 0; i < 3; i++)
        {
            var ok = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest($"Player {i}"));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var refused = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest("One too many"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var sentence = await refused.Content.ReadFromJsonAsync<string>();
        Assert.Matches(@"^Too many sign-ins from your address \(3 a minute at most\): wait \d+ seconds?, then sign in again\.$", sentence);
        var seconds = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
        Assert.Contains($"wait {seconds} second", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_token_past_its_connection_limit_is_refused_with_a_sentence_and_a_closed_one_frees_its_place()
    {
        using var data = new TempFolder();
        await using var server = await InProcessServer.StartAsync(data.Path, "--connections-per-token", "2");
        await using var ana = await TestPlayer.SignInAsync(server.Url, "Ana");
        await using var ben = await TestPlayer.SignInAsync(server.Url, "Ben");
        var second = await OpenAsync(server.Url, ana.Identity.Token);
        Assert.Equal(HubConnectionState.Connected, second.State);

        var third = Build(server.Url, ana.Identity.Token);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        third.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };
        try
        {
            await third.StartAsync();
        }
        catch (Exception ex)
        {
            closed.TrySetResult(ex);
        }

        var why = await closed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.NotNull(why);
        Assert.Contains(
            "This sign-in already has 2 connections open, the most one sign-in may hold: close one (another window or device) first.",
            why.Message,
            StringComparison.Ordinal);
        await third.DisposeAsync();

        // Ana's two connections and Ben's still work.
        Assert.NotNull(await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New()));
        Assert.NotNull(await second.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New()));
        Assert.NotNull(await ben.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New()));

        // Once one closes, its place is free again.
        await second.DisposeAsync();
        await Poll.UntilSucceedsAsync(
            async () =>
            {
                await using var again = await OpenAsync(server.Url, ana.Identity.Token);
                await again.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New());
            },
            TimeSpan.FromSeconds(20),
            "a connection in the freed place");
    }

    private static HubConnection Build(string url, string token) => new HubConnectionBuilder()
        .WithUrl(url + EdgeRoutes.Hub, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
        .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
        .Build();

    private static async Task<HubConnection> OpenAsync(string url, string token)
    {
        var connection = Build(url, token);
        await connection.StartAsync();
        return connection;
    }
}
