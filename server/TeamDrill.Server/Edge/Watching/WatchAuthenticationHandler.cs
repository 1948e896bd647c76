using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TeamDrill.Grains.Watching;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge.Watching;

/// <summary>
/// Accepts a projector link's <see cref="WatchToken"/> (bearer header or <c>access_token</c> query). The
/// connection it admits is nobody in particular (<see cref="WatcherIds"/>): it sees what every member
/// sees, and <see cref="HubGuardFilter"/> lets it call nothing but <c>WatchRoom</c>.
/// </summary>
public sealed class WatchAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IGrainFactory grains) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TeamDrillWatch";

    /// <summary>The claim that carries the link key's hash, checked again on every WatchRoom call.</summary>
    public const string KeyHashClaim = "teamdrill:watch-key-hash";

    public const string RoomClaim = "teamdrill:watch-room";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var raw = TokenAuthenticationHandler.TokenFrom(Request);
        if (raw is null || !WatchToken.LooksLikeOne(raw))
        {
            return AuthenticateResult.NoResult();
        }

        if (WatchToken.Parse(raw) is not { } token)
        {
            return AuthenticateResult.Fail(WatchLinkRefusal.Revoked);
        }

        var hash = TokenHashing.Hash(token.Key);
        if (!await grains.GetGrain<IWatchLinkGrain>(token.RoomCode).Matches(hash))
        {
            return AuthenticateResult.Fail(WatchLinkRefusal.Revoked);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, WatcherIds.For(token.RoomCode)),
                new Claim(RoomClaim, token.RoomCode),
                new Claim(KeyHashClaim, hash),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>Answers 401 with the refusal's sentence, unless the player-token scheme already answered.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties) =>
        await RefusalChallenge.WriteAsync(Response, await HandleAuthenticateOnceSafeAsync());
}
