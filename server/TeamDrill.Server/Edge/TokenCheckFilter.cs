using Microsoft.AspNetCore.SignalR;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Keeps each hub connection tied to its token: every call refused, and the connection closed, once the token
/// is no longer valid (a sign-out on another edge, or expiry, noticed within <see cref="PlayerDirectory.Recheck"/>).
/// A sign-out on this edge closes its connections at once through <see cref="TokenConnections"/>.
/// </summary>
public sealed class TokenCheckFilter(PlayerDirectory players, TokenConnections connections) : IHubFilter
{
    /// <summary>How long a refused connection stays open: aborting at once would drop the refusal on its way out.</summary>
    private static readonly TimeSpan CloseAfterRefusal = TimeSpan.FromMilliseconds(250);

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        if (HashOf(context) is { } hash && await players.CheckHash(hash) is { IsValid: false } check)
        {
            connections.Close([hash], except: context.ConnectionId);
            _ = CloseSoon(context);
            throw new HubException(check.Refusal);
        }

        return await next(invocationContext);
    }

    private static async Task CloseSoon(HubCallerContext context)
    {
        await Task.Delay(CloseAfterRefusal);
        context.Abort();
    }

    private static string? HashOf(HubCallerContext context) => context.User?.FindFirst(TokenAuthenticationHandler.TokenHashClaim)?.Value;
}
