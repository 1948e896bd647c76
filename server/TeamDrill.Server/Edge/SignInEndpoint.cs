using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

public static class SignInEndpoint
{
    /// <summary>
    /// <c>POST /api/signin</c>: a name (and a saved token, to resume) in, a token out. Errors are 400 with a
    /// plain sentence; too many from one address, 429 (<see cref="SignInRateLimit"/>); a client of another
    /// protocol version, 426 and the sentence saying what to download.
    /// </summary>
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost(EdgeRoutes.SignIn, async (SignInRequest? request, PlayerDirectory players, HttpRequest http) =>
        {
            if (request is null)
            {
                return Results.BadRequest("Send a JSON body like {\"name\": \"Ana\"}.");
            }

            var downloads = $"{http.Scheme}://{http.Host}{EdgeRoutes.Downloads}";
            if (ProtocolVersion.Mismatch(request.ProtocolVersion, request.AppVersion, ProtocolVersion.AppVersion, downloads) is { } mismatch)
            {
                return Results.Json(mismatch, statusCode: StatusCodes.Status426UpgradeRequired);
            }

            try
            {
                return Results.Ok(await players.SignIn(request));
            }
            catch (TokenRefusedException ex)
            {
                // 401, as at hub connect: the client forgets the token and signs in afresh by name.
                return Results.Json(ex.Message, statusCode: StatusCodes.Status401Unauthorized);
            }
            catch (DrillRuleException ex)
            {
                return Results.BadRequest(ex.Message);
            }
        }).RequireRateLimiting(SignInRateLimit.Policy);
        return app;
    }
}
