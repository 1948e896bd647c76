using System.Net;
using System.Net.Sockets;

namespace TeamDrill.Tests.Infrastructure;

public static class FreePorts
{
    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int Next() => Next(1)[0];

    /// <summary>
    /// <paramref name="count"/> different loopback ports nobody listens on right now. Picked while all are
    /// held, since one port picked after another was released can come back the same.
    /// </summary>
    public static int[] Next(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
