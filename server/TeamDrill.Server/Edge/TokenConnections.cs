using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace TeamDrill.Server.Edge;

/// <summary>This edge's open hub connections by the hash of the token each was opened with, so a sign-out closes them at once.</summary>
public sealed class TokenConnections
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _byToken = new(StringComparer.Ordinal);

    public void Add(string tokenHash, HubCallerContext context) =>
        _byToken.GetOrAdd(tokenHash, _ => new ConcurrentDictionary<string, HubCallerContext>(StringComparer.Ordinal))[context.ConnectionId] = context;

    public void Remove(string tokenHash, string connectionId)
    {
        if (!_byToken.TryGetValue(tokenHash, out var contexts))
        {
            return;
        }

        contexts.TryRemove(connectionId, out _);
        if (contexts.IsEmpty)
        {
            _byToken.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, HubCallerContext>>(tokenHash, contexts));
        }
    }

    /// <summary>
    /// Closes every connection opened with one of <paramref name="tokenHashes"/> but <paramref name="except"/> (the caller,
    /// whose answer must still reach it; its next call is refused). Returns how many closed.
    /// </summary>
    public int Close(IEnumerable<string> tokenHashes, string? except = null)
    {
        var closed = 0;
        foreach (var hash in tokenHashes)
        {
            if (!_byToken.TryGetValue(hash, out var contexts))
            {
                continue;
            }

            foreach (var context in contexts.Values.Where(c => c.ConnectionId != except))
            {
                contexts.TryRemove(context.ConnectionId, out _);
                context.Abort();
                closed++;
            }
        }

        return closed;
    }
}
