using System.Net;
using System.Text;
using System.Text.Json;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using Xunit;

namespace TeamDrill.Tests.Client;

public sealed class SignInClientTests : IDisposable
{
    private static readonly Uri Server = new("http://127.0.0.1:5080/");
    private readonly string _dir = Directory.CreateTempSubdirectory("teamdrill-signin-").FullName;
    private readonly ClientConfigStore _store;
    private readonly List<(string Url, JsonElement Body)> _requests = [];

    public SignInClientTests() => _store = new ClientConfigStore(Path.Combine(_dir, "teamdrill", "config.json"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private SignInClient Client(Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        new(new HttpClient(new Handler(request =>
        {
            var body = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            _requests.Add((request.RequestUri!.ToString(), JsonDocument.Parse(body).RootElement.Clone()));
            return answer(request);
        })), _store);

    private static HttpResponseMessage Json(string playerId, string name, string token) => new(HttpStatusCode.OK)
    {
        Content = new StringContent($$"""{"playerId":"{{playerId}}","name":"{{name}}","token":"{{token}}"}""", Encoding.UTF8, "application/json"),
    };

    [Fact]
    public async Task first_sign_in_posts_camel_case_json_without_a_token_and_saves_the_token()
    {
        var client = Client(_ => Json("p-ana", "Ana", "tok-1"));

        var response = await client.SignInAsync(Server, "Ana");

        Assert.Equal(new SignInResponse("p-ana", "Ana", "tok-1"), response);
        var (url, body) = Assert.Single(_requests);
        Assert.Equal("http://127.0.0.1:5080/api/signin", url);
        Assert.Equal("Ana", body.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("token").ValueKind);
        Assert.Equal("tok-1", _store.Load().FindPlayer("http://127.0.0.1:5080", "Ana")?.Token);
    }

    [Fact]
    public async Task the_name_the_server_answers_with_is_cleaned_before_anything_prints_it()
    {
        var client = Client(_ => Json("p-eve", "\\u001b]0;x\\u0007Eve\\u202E", "tok-9"));

        var response = await client.SignInAsync(Server, "Eve");

        Assert.Equal("]0;xEve", response.Name);
    }

    [Fact]
    public async Task a_restarted_client_sends_the_saved_token_and_resumes_the_same_player()
    {
        await Client(_ => Json("p-ana", "Ana", "tok-1")).SignInAsync(Server, "Ana");

        var again = await Client(_ => Json("p-ana", "Ana", "tok-1")).SignInAsync(Server, "Ana");

        Assert.Equal("tok-1", _requests[^1].Body.GetProperty("token").GetString());
        Assert.Equal("p-ana", again.PlayerId);
    }

    [Fact]
    public async Task a_token_saved_for_another_name_is_not_sent()
    {
        await Client(_ => Json("p-ana", "Ana", "tok-ana")).SignInAsync(Server, "Ana");

        await Client(_ => Json("p-ben", "Ben", "tok-ben")).SignInAsync(Server, "Ben");

        Assert.Equal(JsonValueKind.Null, _requests[^1].Body.GetProperty("token").ValueKind);
    }

    [Fact]
    public async Task an_http_error_shows_the_status_and_the_servers_text()
    {
        var client = Client(_ => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("name must be 1 to 32 characters\n") });

        var error = await Assert.ThrowsAsync<SignInException>(() => client.SignInAsync(Server, "Ana"));

        Assert.Equal("sign-in failed (400 Bad Request): name must be 1 to 32 characters", error.Message);
        Assert.False(File.Exists(_store.Path));
    }

    [Fact]
    public async Task an_error_sent_as_a_json_string_is_shown_as_plain_text()
    {
        var client = Client(_ => new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent("\"Send a JSON body like {\\\"name\\\": \\\"Ana\\\"}.\"", Encoding.UTF8, "application/json"),
        });

        var error = await Assert.ThrowsAsync<SignInException>(() => client.SignInAsync(Server, "Ana"));

        Assert.Equal("sign-in failed (400 Bad Request): Send a JSON body like {\"name\": \"Ana\"}.", error.Message);
    }

    [Fact]
    public async Task a_rejected_saved_token_falls_back_to_a_fresh_sign_in()
    {
        await Client(_ => Json("p-ana", "Ana", "stale")).SignInAsync(Server, "Ana");
        var client = Client(request => _requests[^1].Body.GetProperty("token").ValueKind == JsonValueKind.String
            ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
            : Json("p-ana2", "Ana", "fresh"));

        var response = await client.SignInAsync(Server, "Ana");

        Assert.Equal("fresh", response.Token);
        Assert.Equal("fresh", _store.Load().FindPlayer(Server.ToString(), "Ana")?.Token);
    }

    [Fact]
    public async Task an_unreachable_server_says_so()
    {
        var client = Client(_ => throw new HttpRequestException("Connection refused (127.0.0.1:5080)"));

        var error = await Assert.ThrowsAsync<SignInException>(() => client.SignInAsync(Server, "Ana"));

        Assert.Equal("cannot reach the server at http://127.0.0.1:5080: Connection refused (127.0.0.1:5080)", error.Message);
    }

    [Fact]
    public async Task an_answer_that_is_not_a_sign_in_says_so()
    {
        var client = Client(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>hello</html>") });

        var error = await Assert.ThrowsAsync<SignInException>(() => client.SignInAsync(Server, "Ana"));

        Assert.StartsWith("the server at http://127.0.0.1:5080 did not answer like a TeamDrill server", error.Message, StringComparison.Ordinal);
    }

    private sealed class Handler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
