using Microsoft.AspNetCore.Authentication;

namespace TeamDrill.Server.Edge;

/// <summary>
/// The hub's 401 for a refused sign-in token or projector link, with the refusal's sentence as the body. The hub
/// names two schemes and SignalR challenges both: whichever answers first is the answer.
/// </summary>
public static class RefusalChallenge
{
    public static async Task WriteAsync(HttpResponse response, AuthenticateResult result)
    {
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = StatusCodes.Status401Unauthorized;
        if (result.Failure is { } failure)
        {
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(failure.Message);
        }
    }
}
