using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>
/// The name filter on a real server: the shipped list and a facilitator's own (<c>--blocked-words</c>)
/// refuse a name at sign-in, on a rename, and as a league or group name; ordinary names pass.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class NameFilterServerTests
{
    private const string Key = "name-filter-facilitator-key";

    private static string Refusal(string what) =>
        $"That {what} is not allowed here: it contains a word on this server's blocked list; choose another.";

    [Fact]
    public async Task blocked_names_are_refused_at_sign_in_on_rename_and_for_leagues_and_groups()
    {
        using var folder = new TempFolder();
        var ours = Path.Combine(folder.Path, "our-words.txt");
        await File.WriteAllTextAsync(ours, "# words our team asked for\npineapple\n");
        await using var server = await InProcessServer.StartAsync(Path.Combine(folder.Path, "data"), "--facilitator-key", Key, "--blocked-words", ours);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        foreach (var name in new[] { "f u c k", "Sh1t Happens", "P1neapple" })
        {
            var refused = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest(name));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(Refusal("display name"), await refused.Content.ReadFromJsonAsync<string>());
        }

        await using var fay = await TestPlayer.SignInAsync(server.Url, "Fay of Scunthorpe");
        Assert.Equal("Fay of Scunthorpe", fay.Name);
        var rename = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest("B1tch", fay.Identity.Token));
        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        await using (var again = await TestPlayer.SignInAsync(server.Url, "Fay of Scunthorpe", fay.Identity.Token))
        {
            Assert.Equal(fay.Id, again.Id);
        }

        await fay.Hub.InvokeAsync(nameof(ILeagueHub.ClaimFacilitator), Key);
        var league = await Assert.ThrowsAsync<HubException>(() => fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), "The $h!t list"));
        Assert.Contains(Refusal("league name"), league.Message, StringComparison.Ordinal);
        var code = (await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), "Cassandra's crew")).Code;

        await using var ana = await TestPlayer.SignInAsync(server.Url, "Ana Hancock");
        await ana.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.JoinLeague), code);
        var group = await Assert.ThrowsAsync<HubException>(() => fay.Hub.InvokeAsync(nameof(ILeagueHub.SetGroup), code, "Ana Hancock", "w a n k e r s"));
        Assert.Contains(Refusal("group name"), group.Message, StringComparison.Ordinal);
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.SetGroup), code, "Ana Hancock", "Dickens");

        var view = await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), code);
        Assert.Equal("Cassandra's crew", view.Name);
        Assert.Equal("Dickens", Assert.Single(view.Members).Group);
    }

    [Fact]
    public async Task a_word_list_that_does_not_exist_stops_the_server()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "nowhere.txt");

        var (exitCode, _, error) = await TeamDrill.Tests.Hosting.BadSettingStartTests.RunServerAsync(
            ["--data", Path.Combine(folder.Path, "data"), "--blocked-words", missing], environment: []);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"{missing}:1:1: this word list does not exist", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "data")), "the data folder was created");
    }
}
