using System.Net;
using TeamDrill.Server.Web;

namespace TeamDrill.Tests.Web;

public sealed class JoinAddressesTests
{
    private static readonly IPAddress[] Interfaces =
        [IPAddress.Loopback, IPAddress.Parse("192.168.1.20"), IPAddress.Parse("169.254.3.4"), IPAddress.Parse("10.0.0.7"), IPAddress.IPv6Loopback];

    [Fact]
    public void a_server_on_loopback_has_no_address_for_the_team()
    {
        Assert.Empty(JoinAddresses.From(["http://127.0.0.1:5080", "http://localhost:5080", "http://[::1]:5080"], Interfaces));
    }

    [Fact]
    public void listening_on_every_interface_gives_each_network_address_with_the_port()
    {
        Assert.Equal(
            ["http://192.168.1.20:5080", "http://10.0.0.7:5080"],
            JoinAddresses.From(["http://0.0.0.0:5080"], Interfaces));
        Assert.Equal(["http://192.168.1.20:6000", "http://10.0.0.7:6000"], JoinAddresses.From(["http://+:6000", "http://[::]:6000"], Interfaces));
    }

    [Fact]
    public void listening_on_one_address_gives_that_address()
    {
        Assert.Equal(["http://10.0.0.7:5080"], JoinAddresses.From(["http://10.0.0.7:5080", "http://127.0.0.1:5081"], Interfaces));
    }
}
