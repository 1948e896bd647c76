using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Operations;

/// <summary>
/// Who may read <c>/metrics</c> and <c>/dashboard</c>: a server listening on every address, asked once
/// through loopback and once through this machine's network address, as another host would.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class EndpointAccessTests
{
    [Fact]
    public async Task metrics_and_dashboard_answer_this_machine_only_by_default()
    {
        using var data = new TempFolder();
        await using var server = await InProcessServer.StartAsync(data.Path, "--listen", "http://0.0.0.0:0", "--dashboard");
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(Via(server, IPAddress.Loopback) + "/metrics")).StatusCode);
        var metrics = await http.GetAsync(Via(server, NetworkAddress()) + "/metrics");
        var dashboard = await http.GetAsync(Via(server, NetworkAddress()) + "/dashboard/");

        Assert.Equal(HttpStatusCode.Forbidden, metrics.StatusCode);
        Assert.Equal("/metrics answers only on this machine; reach it from elsewhere with --metrics anyone.", (await metrics.Content.ReadAsStringAsync()).Trim());
        Assert.Equal(HttpStatusCode.Forbidden, dashboard.StatusCode);
        Assert.Equal("/dashboard answers only on this machine; reach it from elsewhere with an SSH tunnel.", (await dashboard.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task metrics_anyone_serves_other_hosts_and_metrics_off_serves_nobody()
    {
        using var open = new TempFolder();
        using var closed = new TempFolder();
        await using var anyone = await InProcessServer.StartAsync(open.Path, "--listen", "http://0.0.0.0:0", "--metrics", "anyone");
        await using var off = await InProcessServer.StartAsync(closed.Path, "--metrics", "off");
        using var http = new HttpClient();

        var scraped = await http.GetAsync(Via(anyone, NetworkAddress()) + "/metrics");

        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("teamdrill_edge_connections", await scraped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(off.Url + "/metrics")).StatusCode);
    }

    /// <summary>The server's URL through <paramref name="address"/> (it listens on all of them).</summary>
    private static string Via(InProcessServer server, IPAddress address) =>
        $"http://{address}:{new Uri(server.Url.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal)).Port}";

    /// <summary>This machine's first IPv4 address that is not loopback: what a request from another host arrives at.</summary>
    private static IPAddress NetworkAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? throw new InvalidOperationException("This machine has no network address besides loopback; the test needs one.");
}
