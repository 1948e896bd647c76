using System.Net;
using System.Net.Sockets;

namespace TeamDrill.LoadTest.Hosting;

public static class FreePorts
{
    /// <summary>A loopback port nobody listens on right now (another process may still take it first).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
