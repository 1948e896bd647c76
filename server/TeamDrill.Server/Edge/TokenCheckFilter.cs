using Microsoft.AspNetCore.SignalR;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Keeps each hub connection tied to its token: registered while open (a sign-out on this edge closes it at
/// once), and every call refused, and the connection closed, once the token is no longer valid (a sign-out
/// on another edge, or expiry, noticed within <see cref="PlayerDirectory.Recheck"/>).
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

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (HashOf(context.Context) is { } hash)
        {
            connections.Add(hash, context.Context);
        }

        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (HashOf(context.Context) is { } hash)
        {
            connections.Remove(hash, context.Context.ConnectionId);
        }

        await next(context, exception);
    }

    private static async Task CloseSoon(HubCallerContext context)
    {
        await Task.Delay(CloseAfterRefusal);
        context.Abort();
    }

    private static string? HashOf(HubCallerContext context) => context.User?.FindFirst(TokenAuthenticationHandler.TokenHashClaim)?.Value;
}
