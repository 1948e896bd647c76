using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>What a client meets with a saved token, over plain HTTP: the sign-in resume and the hub's negotiation.</summary>
public static class TokenProbe
{
    /// <summary><c>POST /api/signin</c> with a name and a saved token: the status, and the body as text (a refusal's sentence).</summary>
    public static async Task<(HttpStatusCode Status, string Body, SignInResponse? SignedIn)> ResumeAsync(string url, string name, string? token)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var response = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest(name, token));
        var body = await response.Content.ReadAsStringAsync();
        var signedIn = response.IsSuccessStatusCode ? JsonSerializer.Deserialize<SignInResponse>(body, JsonSerializerOptions.Web) : null;
        return (response.StatusCode, body.StartsWith('"') ? JsonSerializer.Deserialize<string>(body)! : body, signedIn);
    }

    /// <summary>The hub's negotiation with <paramref name="token"/> as the bearer: the status, and the body (the sentence when refused).</summary>
    public static async Task<(HttpStatusCode Status, string Body)> NegotiateAsync(string url, string token)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var request = new HttpRequestMessage(HttpMethod.Post, EdgeRoutes.Hub + "/negotiate?negotiateVersion=1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
