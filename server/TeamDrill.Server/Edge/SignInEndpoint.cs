using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

public static class SignInEndpoint
{
    /// <summary><c>POST /api/signin</c>: a name (and a saved token, to resume) in, a token out. Errors are 400 with a plain sentence.</summary>
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
            catch (TokenRefusedException ex)
            {
                // 401, as at hub connect: the client forgets the token and signs in afresh by name.
                return Results.Json(ex.Message, statusCode: StatusCodes.Status401Unauthorized);
            }
            catch (DrillRuleException ex)
            {
                return Results.BadRequest(ex.Message);
            }
        });
        return app;
    }
}
