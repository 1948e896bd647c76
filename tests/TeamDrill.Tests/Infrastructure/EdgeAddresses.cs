namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// The edge addresses a client may connect to, as a load balancer or a client's server list would give
/// them. A test changes the list when it restarts a server on a new port.
/// </summary>
public sealed class EdgeAddresses
{
    private readonly Lock _gate = new();
    private string[] _urls;

    public EdgeAddresses(params string[] urls)
    {
        _urls = urls;
    }

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_gate)
            {
                return _urls;
            }
        }
    }

    public void Set(params string[] urls)
    {
        lock (_gate)
        {
            _urls = urls;
        }
    }

    /// <summary>The address to try on the <paramref name="attempt"/>-th reconnect (1-based): the others first, round and round.</summary>
    public string ForReconnect(string current, long attempt)
    {
        var urls = All;
        var at = Array.IndexOf(urls as string[] ?? [.. urls], current);
        return urls[(int)((Math.Max(at, 0) + attempt) % urls.Count)];
    }
}
