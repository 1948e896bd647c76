using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using TeamDrill.Server.Hosting;

namespace TeamDrill.Server.Edge;

/// <summary>
/// This edge's open hub connections by the hash of the token each was opened with: the one past
/// <see cref="EdgeOptions.ConnectionsPerToken"/> is refused before it costs anything, and a sign-out closes
/// the others at once.
/// </summary>
public sealed class TokenConnections(IOptions<EdgeOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<string, HubCallerContext>> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tokenByConnection = new(StringComparer.Ordinal);

    public int Limit => options.Value.ConnectionsPerToken;

    public string Refusal =>
        $"This sign-in already has {Limit} connection{(Limit == 1 ? "" : "s")} open, the most one sign-in may hold: close one (another window or device) first.";

    /// <summary>Counts the connection against its token; false, and nothing counted, when the token is at its limit.</summary>
    public bool TryAdd(string tokenHash, HubCallerContext context)
    {
        lock (_gate)
        {
            if (!_byToken.TryGetValue(tokenHash, out var contexts))
            {
                contexts = new Dictionary<string, HubCallerContext>(StringComparer.Ordinal);
                _byToken[tokenHash] = contexts;
            }
            else if (contexts.Count >= Limit)
            {
                return false;
            }

            contexts[context.ConnectionId] = context;
            _tokenByConnection[context.ConnectionId] = tokenHash;
            return true;
        }
    }

    /// <summary>Gives the closed connection's place back to its token.</summary>
    public void Remove(string connectionId)
    {
        lock (_gate)
        {
            if (_tokenByConnection.Remove(connectionId, out var tokenHash) && _byToken.TryGetValue(tokenHash, out var contexts))
            {
                contexts.Remove(connectionId);
                if (contexts.Count == 0)
                {
                    _byToken.Remove(tokenHash);
                }
            }
        }
    }

    /// <summary>
    /// Closes every connection opened with one of <paramref name="tokenHashes"/> but <paramref name="except"/> (the caller,
    /// whose answer must still reach it; its next call is refused). Returns how many closed.
    /// </summary>
    public int Close(IEnumerable<string> tokenHashes, string? except = null)
    {
        List<HubCallerContext> closing;
        lock (_gate)
        {
            closing = [.. tokenHashes
                .SelectMany(hash => _byToken.TryGetValue(hash, out var contexts) ? contexts.Values : Enumerable.Empty<HubCallerContext>())
                .Where(c => c.ConnectionId != except)];
        }

        // Each abort ends in Remove (through the lifetime manager), outside the lock.
        foreach (var context in closing)
        {
            context.Abort();
        }

        return closing.Count;
    }
}
