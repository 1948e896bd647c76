using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Accepts a sign-in token as a bearer header, or as <c>access_token</c> in the query (WebSockets
/// cannot send headers from every client). An unknown, expired or signed-out token fails negotiation
/// with 401 and the sentence saying why as the body.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PlayerDirectory players) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TeamDrillToken";

    /// <summary>The claim holding the token's hash, so a connection can be closed when its token is signed out.</summary>
    public const string TokenHashClaim = "teamdrill:token-hash";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = TokenFrom(Request);
        if (token is null || Watching.WatchToken.LooksLikeOne(token))
        {
            return AuthenticateResult.NoResult();
        }

        var check = await players.Check(token);
        if (!check.IsValid)
        {
            return AuthenticateResult.Fail(check.Refusal);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, check.PlayerId), new Claim(TokenHashClaim, TokenHashing.Hash(token))], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties) =>
        await RefusalChallenge.WriteAsync(Response, await HandleAuthenticateOnceSafeAsync());

    public static string? TokenFrom(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        var query = request.Query["access_token"].ToString();
        return query.Length > 0 ? query : null;
    }
}
