using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Players;

/// <summary>Signing out over real connections: a player's own sign-in, and a facilitator ending someone else's.</summary>
[Collection(ServerCollection.Name)]
public sealed class SignOutTests(SharedServer shared)
{
    private const string SignedOut = "This sign-in was signed out; sign in again.";

    private string Url => shared.Server.Url;

    [Fact]
    public async Task signing_out_refuses_the_old_token_everywhere_and_a_new_sign_in_works()
    {
        await using var ana = await TestPlayer.SignInAsync(Url, "Ana");
        await using var sameToken = await SecondConnectionAsync(ana);
        var room = await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New());

        await ana.Hub.InvokeAsync(nameof(IPlayerHub.SignOut));

        // The other connection with that token is closed at once; the caller's own is refused at its next call.
        await Poll.UntilAsync(() => sameToken.State == HubConnectionState.Disconnected, TimeSpan.FromSeconds(10), "the second connection to close");
        var refused = await Assert.ThrowsAsync<HubException>(() => ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), room.Code));
        Assert.Contains(SignedOut, refused.Message, StringComparison.Ordinal);
        await Poll.UntilAsync(() => ana.Hub.State == HubConnectionState.Disconnected, TimeSpan.FromSeconds(10), "the refused connection to close");
        Assert.Equal((HttpStatusCode.Unauthorized, SignedOut), await TokenProbe.NegotiateAsync(Url, ana.Identity.Token));
        var resumed = await TokenProbe.ResumeAsync(Url, "Ana", ana.Identity.Token);
        Assert.Equal((HttpStatusCode.Unauthorized, SignedOut), (resumed.Status, resumed.Body));

        await using var again = await TestPlayer.SignInAsync(Url, "Ana");
        Assert.NotEqual(ana.Id, again.Id);
        Assert.Equal(room.Code, (await again.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), room.Code)).Code);
    }

    [Fact]
    public async Task a_facilitator_ends_every_sign_in_of_a_player_by_id_and_their_connection_closes()
    {
        await using var fay = await FacilitatorAsync();
        await using var ben = await TestPlayer.SignInAsync(Url, "Ben");

        Assert.Equal(1, await fay.Hub.InvokeAsync<int>(nameof(IPlayerHub.SignOutPlayer), ben.Id));

        await Poll.UntilAsync(() => ben.Hub.State == HubConnectionState.Disconnected, TimeSpan.FromSeconds(10), "Ben's connection to close");
        Assert.Equal((HttpStatusCode.Unauthorized, SignedOut), await TokenProbe.NegotiateAsync(Url, ben.Identity.Token));
        Assert.Equal(0, await fay.Hub.InvokeAsync<int>(nameof(IPlayerHub.SignOutPlayer), ben.Id));
    }

    [Fact]
    public async Task a_client_whose_sign_in_is_ended_stops_reconnecting_and_says_why()
    {
        await using var fay = await FacilitatorAsync();
        var cy = await TokenProbe.ResumeAsync(Url, "Cy", null);
        var states = new List<(ConnectionState State, string? Reason)>();
        await using var client = new ServerConnection(new SignInTarget(new Uri(Url + "/"), "Cy"), cy.SignedIn!);
        client.StateChanged += (_, e) =>
        {
            lock (states)
            {
                states.Add((e.State, e.Reason));
            }
        };
        await client.StartAsync();

        await fay.Hub.InvokeAsync<int>(nameof(IPlayerHub.SignOutPlayer), cy.SignedIn!.PlayerId);

        await Poll.UntilAsync(
            () => { lock (states) { return states.Contains((ConnectionState.Disconnected, ServerConnection.SignedOutReason)); } },
            TimeSpan.FromSeconds(20),
            "the client to stop with the reason",
            () => { lock (states) { return string.Join(", ", states); } });
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task a_player_who_is_not_a_facilitator_cannot_sign_out_someone_else_and_nothing_changes()
    {
        await using var ana = await TestPlayer.SignInAsync(Url, "Ana");
        await using var ben = await TestPlayer.SignInAsync(Url, "Ben");

        var refused = await Assert.ThrowsAsync<HubException>(() => ana.Hub.InvokeAsync<int>(nameof(IPlayerHub.SignOutPlayer), ben.Id));

        Assert.Contains("Only a facilitator can sign out, export or erase a player", refused.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await ben.Hub.InvokeAsync<IReadOnlyList<PublicBrief>>(nameof(IDrillHub.ListCards)));
        Assert.Equal(HttpStatusCode.OK, (await TokenProbe.NegotiateAsync(Url, ben.Identity.Token)).Status);
    }

    [Fact]
    public async Task an_unknown_or_ambiguous_player_is_refused_with_a_sentence()
    {
        await using var fay = await FacilitatorAsync();
        var name = "Twin" + Guid.NewGuid().ToString("N")[..8];
        await using var first = await TestPlayer.SignInAsync(Url, name);
        await using var second = await TestPlayer.SignInAsync(Url, name.ToUpperInvariant());

        var unknown = await Assert.ThrowsAsync<HubException>(() => fay.Hub.InvokeAsync<int>(nameof(IPlayerHub.SignOutPlayer), "Nobody" + name));
        Assert.Contains($"There is no player called 'Nobody{name}'.", unknown.Message, StringComparison.Ordinal);

        var ambiguous = await Assert.ThrowsAsync<HubException>(() => fay.Hub.InvokeAsync<int>(nameof(IPlayerHub.SignOutPlayer), name));
        var ids = string.Join(", ", new[] { first.Id, second.Id }.Order(StringComparer.Ordinal));
        Assert.Contains($"2 players are called '{name}': {ids}. Give the player id instead.", ambiguous.Message, StringComparison.Ordinal);

        // Neither was signed out.
        Assert.NotEmpty(await first.Hub.InvokeAsync<IReadOnlyList<PublicBrief>>(nameof(IDrillHub.ListCards)));
        Assert.NotEmpty(await second.Hub.InvokeAsync<IReadOnlyList<PublicBrief>>(nameof(IDrillHub.ListCards)));
    }

    private async Task<TestPlayer> FacilitatorAsync()
    {
        var fay = await TestPlayer.SignInAsync(Url, "Fay");
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.ClaimFacilitator), SharedServer.FacilitatorKey);
        return fay;
    }

    private async Task<HubConnection> SecondConnectionAsync(TestPlayer player)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(Url + EdgeRoutes.Hub, o => o.AccessTokenProvider = () => Task.FromResult<string?>(player.Identity.Token))
            .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
