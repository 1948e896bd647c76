using Microsoft.Extensions.Options;
using TeamDrill.Server.Hosting;

namespace TeamDrill.Server.Edge;

/// <summary>
/// How many hub connections each sign-in token holds open at this edge; the one past
/// <see cref="EdgeOptions.ConnectionsPerToken"/> is refused before it costs anything.
/// </summary>
public sealed class TokenConnectionLimit(IOptions<EdgeOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _openByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tokenByConnection = new(StringComparer.Ordinal);

    public int Limit => options.Value.ConnectionsPerToken;

    public string Refusal =>
        $"This sign-in already has {Limit} connection{(Limit == 1 ? "" : "s")} open, the most one sign-in may hold: close one (another window or device) first.";

    /// <summary>Counts the connection against its token; false, and nothing counted, when the token is at its limit.</summary>
    public bool TryOpen(string connectionId, string tokenHash)
    {
        lock (_gate)
        {
            var open = _openByToken.GetValueOrDefault(tokenHash);
            if (open >= Limit)
            {
                return false;
            }

            _openByToken[tokenHash] = open + 1;
            _tokenByConnection[connectionId] = tokenHash;
            return true;
        }
    }

    public void Close(string connectionId)
    {
        lock (_gate)
        {
            if (!_tokenByConnection.Remove(connectionId, out var tokenHash))
            {
                return;
            }

            var open = _openByToken[tokenHash] - 1;
            if (open == 0)
            {
                _openByToken.Remove(tokenHash);
            }
            else
            {
                _openByToken[tokenHash] = open;
            }
        }
    }
}
