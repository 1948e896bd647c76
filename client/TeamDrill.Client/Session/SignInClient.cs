using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.Session;

/// <summary>
/// Signs in at <c>POST /api/signin</c>, sending the token saved for this server and name so a restarted
/// client resumes the same player, and saves the token the server returns. It names its protocol version
/// (<paramref name="protocolVersion"/>: the current one but in tests) so a server of another version can say what to download.
/// </summary>
public sealed class SignInClient(HttpClient http, ClientConfigStore configStore, int protocolVersion = ProtocolVersion.Current)
{
    private const int MaxErrorBodyLength = 300;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Problems reading the config file (it is then ignored, not fatal).</summary>
    public event EventHandler<SessionErrorEventArgs>? ConfigProblem;

    /// <summary>The sign-in every front end makes: its own short-lived HTTP client, config problems to <paramref name="reportConfigProblem"/>.</summary>
    public static async Task<SignInResponse> SignInAsync(
        ClientConfigStore configStore,
        SignInTarget target,
        Action<string>? reportConfigProblem,
        CancellationToken cancellationToken = default,
        int protocolVersion = ProtocolVersion.Current)
    {
        using var http = new HttpClient { Timeout = Timeout };
        var client = new SignInClient(http, configStore, protocolVersion);
        if (reportConfigProblem is not null)
        {
            client.ConfigProblem += (_, e) => reportConfigProblem(e.Message);
        }

        return await client.SignInAsync(target.Server, target.Name, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SignInResponse> SignInAsync(Uri server, string name, CancellationToken cancellationToken = default)
    {
        var config = configStore.Load(problem => ConfigProblem?.Invoke(this, new SessionErrorEventArgs(problem)));
        var saved = config.FindPlayer(server.ToString(), name);

        SignInResponse response;
        try
        {
            response = await PostAsync(server, Request(name, saved?.Token), cancellationToken).ConfigureAwait(false);
        }
        catch (SignInException e) when (saved is not null && e.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            // The server may have forgotten the token (a fresh data folder): sign in as a new player.
            response = await PostAsync(server, Request(name, null), cancellationToken).ConfigureAwait(false);
        }

        try
        {
            configStore.Save(config.Remember(new SavedPlayer(server.ToString(), name, response.PlayerId, response.Token)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ConfigProblem?.Invoke(this, new SessionErrorEventArgs($"could not save the sign-in to {configStore.Path}: {e.Message}"));
        }

        return response;
    }

    private SignInRequest Request(string name, string? token) => new(name, token, protocolVersion, ProtocolVersion.AppVersion);

    private async Task<SignInResponse> PostAsync(Uri server, SignInRequest request, CancellationToken cancellationToken)
    {
        var url = new Uri(server, EdgeRoutes.SignIn);
        HttpResponseMessage answer;
        try
        {
            answer = await http.PostAsJsonAsync(url, request, Json, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new SignInException($"cannot reach the server at {server.ToString().TrimEnd('/')}: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SignInException($"the server at {server.ToString().TrimEnd('/')} did not answer in time", e);
        }

        using (answer)
        {
            if (!answer.IsSuccessStatusCode)
            {
                var body = TextSanitizer.Clean(ErrorText(await answer.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)));
                if (body.Length > MaxErrorBodyLength)
                {
                    body = body[..MaxErrorBodyLength] + "...";
                }

                var status = $"{(int)answer.StatusCode} {ReasonOf(answer)}";
                if (answer.StatusCode == HttpStatusCode.UpgradeRequired && body.Length > 0)
                {
                    // The server's sentence already says which version to download and where.
                    throw new SignInException(body) { Status = answer.StatusCode };
                }

                throw new SignInException(body.Length == 0 ? $"sign-in failed: {status}" : $"sign-in failed ({status}): {body}")
                {
                    Status = answer.StatusCode,
                };
            }

            try
            {
                var response = await answer.Content.ReadFromJsonAsync<SignInResponse>(Json, cancellationToken).ConfigureAwait(false);
                if (response is null || string.IsNullOrEmpty(response.Token) || string.IsNullOrEmpty(response.PlayerId))
                {
                    throw new SignInException($"the server at {server.ToString().TrimEnd('/')} gave an empty sign-in answer");
                }

                // The one string from the server that does not come over the hub's cleaning reader.
                return response with { Name = TextSanitizer.Clean(response.Name) };
            }
            catch (JsonException e)
            {
                throw new SignInException($"the server at {server.ToString().TrimEnd('/')} did not answer like a TeamDrill server ({e.Message})", e);
            }
        }
    }

    // The edge answers errors as a plain sentence, a JSON string ("Results.BadRequest(text)") or a ProblemDetails object.
    private static string ErrorText(string body)
    {
        var trimmed = body.Trim();
        if (trimmed.Length == 0 || trimmed[0] is not ('"' or '{'))
        {
            return trimmed;
        }

        try
        {
            using var json = JsonDocument.Parse(trimmed);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.String)
            {
                return root.GetString() ?? "";
            }

            foreach (var field in new[] { "detail", "title", "error", "message" })
            {
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString() ?? "";
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: show it as it came.
        }

        return trimmed;
    }

    private static string ReasonOf(HttpResponseMessage answer) =>
        string.IsNullOrEmpty(answer.ReasonPhrase) ? answer.StatusCode.ToString() : answer.ReasonPhrase;
}
