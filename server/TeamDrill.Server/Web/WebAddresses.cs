using System.Net;
using System.Net.NetworkInformation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TeamDrill.Server.Web;

/// <summary>
/// Where people should point their browsers and clients: the address a request came in on, or, when
/// that was loopback and the server listens beyond it, the first LAN address (so a link made on the
/// host's own machine still works on the projector's).
/// </summary>
public sealed class WebAddresses(IServer server)
{
    public static WebAddresses Of(HttpContext http) => http.RequestServices.GetRequiredService<WebAddresses>();

    /// <summary>The addresses other machines on the network can use; empty when listening on loopback only.</summary>
    public IReadOnlyList<string> Lan()
    {
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return JoinAddresses.From(listening, InterfaceAddresses());
    }

    /// <summary>The base address for links handed out in answer to <paramref name="request"/>, without a trailing slash.</summary>
    public string BaseFor(HttpRequest request)
    {
        var host = request.Host.Host.Trim('[', ']');
        var loopback = host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
        if (loopback && Lan() is [var first, ..])
        {
            return first;
        }

        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    public string WatchUrl(HttpRequest request, string roomCode, string key) =>
        $"{BaseFor(request)}{WebRoutes.Watch(roomCode)}?key={Uri.EscapeDataString(key)}";

    private static IEnumerable<IPAddress> InterfaceAddresses()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(u => u.Address))
                .ToList();
        }
        catch (NetworkInformationException)
        {
            return []; // no interfaces to list in this sandbox: the page says to use the host's address
        }
    }
}
