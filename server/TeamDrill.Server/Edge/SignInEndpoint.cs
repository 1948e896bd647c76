using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

public static class SignInEndpoint
{
    /// <summary><c>POST /api/signin</c>: a name (and a saved token, to resume) in, a token out. Errors are 400 with a plain sentence; too many from one address, 429 (<see cref="SignInRateLimit"/>).</summary>
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost(EdgeRoutes.SignIn, async (SignInRequest? request, PlayerDirectory players) =>
        {
            if (request is null)
            {
                return Results.BadRequest("Send a JSON body like {\"name\": \"Ana\"}.");
            }

            try
            {
                return Results.Ok(await players.SignIn(request));
            }
            catch (DrillRuleException ex)
            {
                return Results.BadRequest(ex.Message);
            }
        }).RequireRateLimiting(SignInRateLimit.Policy);
        return app;
    }
}
