using System.Net;
using System.Net.Http.Json;
using TeamDrill.Client.Session;
using TeamDrill.Client.Tui;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Publishing;

/// <summary>A client of another protocol version is told at sign-in which release to download, and where.</summary>
[Collection(ServerCollection.Name)]
public sealed class SignInVersionTests(SharedServer shared)
{
    private string DownloadPage => shared.Url.TrimEnd('/') + "/download";

    [Fact]
    public async Task an_older_client_is_refused_with_the_version_to_download_and_where()
    {
        using var http = new HttpClient { BaseAddress = new Uri(shared.Url) };

        using var response = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest("Olde", null, ProtocolVersion.Current - 1, "0.9.0"));

        Assert.Equal(HttpStatusCode.UpgradeRequired, response.StatusCode);
        Assert.Equal(
            $"This client (TeamDrill 0.9.0, protocol {ProtocolVersion.Current - 1}) is too old for this server "
            + $"(TeamDrill {ProtocolVersion.AppVersion}, protocol {ProtocolVersion.Current}): download TeamDrill {ProtocolVersion.AppVersion} from {DownloadPage} and sign in again.",
            await response.Content.ReadFromJsonAsync<string>());
    }

    [Fact]
    public async Task a_newer_client_is_told_it_is_too_new_without_echoing_a_release_that_is_not_a_version()
    {
        using var http = new HttpClient { BaseAddress = new Uri(shared.Url) };

        using var response = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest("Nova", null, ProtocolVersion.Current + 1, "\u001b[2J<b>9</b>"));

        Assert.Equal(HttpStatusCode.UpgradeRequired, response.StatusCode);
        Assert.StartsWith($"This client (protocol {ProtocolVersion.Current + 1}) is too new for this server", await response.Content.ReadFromJsonAsync<string>());
    }

    [Fact]
    public async Task the_client_shows_the_servers_sentence_alone_and_saves_no_sign_in()
    {
        using var config = new TempFolder();
        var store = new ClientConfigStore(Path.Combine(config.Path, "config.json"));
        using var http = new HttpClient();
        var old = new SignInClient(http, store, protocolVersion: ProtocolVersion.Current - 1);

        var refused = await Assert.ThrowsAsync<SignInException>(() => old.SignInAsync(new Uri(shared.Url), "Olde"));

        Assert.StartsWith("This client (TeamDrill ", refused.Message);
        Assert.EndsWith($"download TeamDrill {ProtocolVersion.AppVersion} from {DownloadPage} and sign in again.", refused.Message);
        Assert.False(File.Exists(store.Path));
    }

    [Fact]
    public async Task the_full_screen_client_stops_with_the_sentence_instead_of_staying_on_the_form()
    {
        using var config = new TempFolder();
        var flow = new SignInFlow(new ClientConfigStore(Path.Combine(config.Path, "config.json")), protocolVersion: ProtocolVersion.Current + 1);

        var result = await flow.RunAsync(new SignInForm(shared.Url, "Nova", ""));

        Assert.True(result.MustUpgrade);
        Assert.Null(result.Connection);
        Assert.EndsWith($"download TeamDrill {ProtocolVersion.AppVersion} from {DownloadPage} and sign in again.", result.Error);
    }

    [Fact]
    public async Task a_caller_that_names_no_version_such_as_curl_signs_in()
    {
        using var http = new HttpClient { BaseAddress = new Uri(shared.Url) };

        using var response = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new { name = "Curl" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task a_client_of_this_version_signs_in()
    {
        using var config = new TempFolder();
        var store = new ClientConfigStore(Path.Combine(config.Path, "config.json"));
        using var http = new HttpClient();

        var signedIn = await new SignInClient(http, store).SignInAsync(new Uri(shared.Url), "Curr");

        Assert.Equal("Curr", signedIn.Name);
        Assert.True(File.Exists(store.Path));
    }
}
