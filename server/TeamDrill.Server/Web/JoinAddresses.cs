using System.Net;
using System.Net.Sockets;

namespace TeamDrill.Server.Web;

/// <summary>
/// The addresses other machines can reach the server at, from the addresses it listens on and the host's
/// network interfaces: a wildcard (<c>0.0.0.0</c>, <c>[::]</c>) stands for every interface's IPv4
/// address, a loopback address for nobody else. Empty when the server listens on loopback only.
/// </summary>
public static class JoinAddresses
{
    public static IReadOnlyList<string> From(IEnumerable<string> listening, IEnumerable<IPAddress> interfaces)
    {
        var lan = interfaces
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a) && !IsLinkLocal(a))
            .Select(a => a.ToString())
            .Distinct()
            .ToList();
        var found = new List<string>();
        foreach (var url in listening)
        {
            if (!Uri.TryCreate(Normalize(url), UriKind.Absolute, out var uri))
            {
                continue;
            }

            var host = uri.Host.Trim('[', ']');
            if (host is "0.0.0.0" or "::" or "wildcard-host")
            {
                found.AddRange(lan.Select(a => $"{uri.Scheme}://{a}:{uri.Port}"));
            }
            else if (host != "localhost" && IPAddress.TryParse(host, out var address) && !IPAddress.IsLoopback(address))
            {
                found.Add($"{uri.Scheme}://{uri.Host}:{uri.Port}");
            }
            else if (host != "localhost" && !IPAddress.TryParse(host, out _))
            {
                found.Add($"{uri.Scheme}://{uri.Host}:{uri.Port}"); // a host name someone chose to listen on
            }
        }

        return found.Distinct().ToList();
    }

    /// <summary>Kestrel's <c>http://+:5080</c> and <c>http://*:5080</c> are not URIs; they mean every interface.</summary>
    private static string Normalize(string url) =>
        url.Replace("://+:", "://wildcard-host:", StringComparison.Ordinal).Replace("://*:", "://wildcard-host:", StringComparison.Ordinal);

    private static bool IsLinkLocal(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return bytes[0] == 169 && bytes[1] == 254;
    }
}
