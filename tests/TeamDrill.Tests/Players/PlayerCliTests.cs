using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Client;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Players;

/// <summary><c>teamdrill signout</c> and <c>teamdrill player ...</c> as a person types them: exit codes, <c>! reason</c> on stderr.</summary>
[Collection(ServerCollection.Name)]
public sealed class PlayerCliTests(SharedServer shared) : IDisposable
{
    private readonly TempFolder _config = new("teamdrill-config");

    private string Url => shared.Server.Url;

    private ClientConfigStore Store => new(Path.Combine(_config.Path, "config.json"));

    [Fact]
    public async Task signout_ends_this_machines_sign_in_on_the_server_and_forgets_its_token()
    {
        var name = "Ana" + Guid.NewGuid().ToString("N")[..8];
        var nothing = await Run("signout", "--server", Url, "--name", name);
        Assert.Equal((1, $"! not signed in to {Url} as {name}: nothing to sign out\n"), (nothing.Exit, nothing.Err));

        var signedIn = await SignInClient.SignInAsync(Store, new SignInTarget(new Uri(Url + "/"), name), null);
        var done = await Run("signout", "--server", Url, "--name", name);

        Assert.Equal((0, $"signed out {name} at {Url}; forgot its token here\n"), (done.Exit, done.Out));
        Assert.Null(Store.Load().FindPlayer(Url, name));
        Assert.Equal((HttpStatusCode.Unauthorized, "This sign-in was signed out; sign in again."), await TokenProbe.NegotiateAsync(Url, signedIn.Token));
    }

    [Fact]
    public async Task signout_after_a_facilitator_ended_the_sign_in_still_forgets_the_token()
    {
        var name = "Ben" + Guid.NewGuid().ToString("N")[..8];
        var signedIn = await SignInClient.SignInAsync(Store, new SignInTarget(new Uri(Url + "/"), name), null);
        await using var fay = await TestPlayer.SignInAsync(Url, "Fay");
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.ClaimFacilitator), SharedServer.FacilitatorKey);
        Assert.Equal(1, await fay.Hub.InvokeAsync<int>(nameof(IPlayerHub.SignOutPlayer), signedIn.PlayerId));

        var done = await Run("signout", "--server", Url, "--name", name);

        Assert.Equal((0, $"the server at {Url} had already ended this sign-in; forgot its token here\n"), (done.Exit, done.Out));
        Assert.Null(Store.Load().FindPlayer(Url, name));
    }

    [Fact]
    public async Task a_facilitator_exports_then_erases_a_player_from_the_command_line()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (fay, gus) = ("Fay" + suffix, "Gus" + suffix);
        Assert.Equal(0, (await Run("league", "claim", SharedServer.FacilitatorKey, "--server", Url, "--name", fay)).Exit);
        await using var player = await TestPlayer.SignInAsync(Url, gus);
        var room = await player.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New());
        var file = Path.Combine(_config.Path, "gus.json");

        var exported = await Run("player", "export", gus, "--to", file, "--server", Url, "--name", fay);

        Assert.Equal((0, $"wrote {file}: 0 drills, 0 leagues\n"), (exported.Exit, exported.Out));
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(file)))
        {
            Assert.Equal((gus, player.Id), (json.RootElement.GetProperty("name").GetString(), json.RootElement.GetProperty("playerId").GetString()));
            Assert.Equal([room.Code], json.RootElement.GetProperty("rooms").EnumerateArray().Select(r => r.GetString()));
        }

        var unconfirmed = await Run("player", "erase", gus, "--server", Url, "--name", fay);
        Assert.Equal((2, $"! erasing cannot be undone: add --yes to erase {gus}\n"), (unconfirmed.Exit, unconfirmed.Err));
        Assert.Equal(gus, (await player.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), room.Code)).Members.Single().Name);

        var notFacilitator = await Run("player", "erase", fay, "--yes", "--server", Url, "--name", gus + "x");
        Assert.Equal(1, notFacilitator.Exit);
        Assert.StartsWith("! Only a facilitator can sign out, export or erase a player", notFacilitator.Err, StringComparison.Ordinal);

        var erased = await Run("player", "erase", gus, "--yes", "--server", Url, "--name", fay);
        Assert.Equal(0, erased.Exit);
        Assert.Matches($"^{gus} is now 'former member \\d+' everywhere; their sign-ins are ended\n$", erased.Out);
        await Poll.UntilAsync(() => player.Hub.State == HubConnectionState.Disconnected, TimeSpan.FromSeconds(10), "the erased player's connection to close");

        var unknown = await Run("player", "signout", gus, "--server", Url, "--name", fay);
        Assert.Equal(1, unknown.Exit);
        Assert.StartsWith($"! There is no player called '{gus}'.", unknown.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _config.Dispose();

    private async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ClientCommandLine.RunAsync(args, output, error, Store);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
