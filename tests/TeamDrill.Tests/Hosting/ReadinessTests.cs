using System.Net;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Hosting;

/// <summary>
/// What a load balancer or an operator's probe sees: <c>/healthz/live</c> answers while the process runs;
/// <c>/healthz/ready</c> answers 200 only while the process can serve its role, and otherwise 503 with the
/// failing check named.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ReadinessTests(SharedServer shared)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task a_running_server_is_live_and_ready_and_says_what_it_checked()
    {
        using var http = new HttpClient();

        var live = await http.GetAsync(shared.Url + "/healthz/live");
        var ready = await http.GetAsync(shared.Url + "/healthz/ready");
        var body = await ready.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.StartsWith("ready\n", body, StringComparison.Ordinal);
        Assert.Contains("ok   storage: the SQLite database answers", body, StringComparison.Ordinal);
        Assert.Matches(@"ok   content: \d+ cards loaded", body);
        Assert.Contains("ok   started: started", body, StringComparison.Ordinal);
        Assert.Equal("ok all", await http.GetStringAsync(shared.Url + "/healthz"));
    }

    [Fact]
    public async Task an_edge_whose_silo_stops_is_live_but_not_ready_and_names_the_cluster()
    {
        using var data = new TempFolder();
        using var http = new HttpClient();
        var gatewayPort = FreePorts.Next().ToString();
        var silo = await ServerProcess.StartAsync(
            ["--role", "silo", "--data", data.Path, "--content", RepoPaths.Content, "--silo-port", FreePorts.Next().ToString(), "--gateway-port", gatewayPort]);
        await using var edge = await ServerProcess.StartAsync(["--role", "edge", "--gateway-port", gatewayPort]);
        try
        {
            var ready = await http.GetAsync(edge.Url + "/healthz/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Matches(@"ok   cluster: a silo answers with \d+ cards", await ready.Content.ReadAsStringAsync());
        }
        finally
        {
            silo.KillHard();
            await silo.DisposeAsync();
        }

        var body = "";
        await Poll.UntilAsync(
            async () =>
            {
                var answer = await http.GetAsync(edge.Url + "/healthz/ready");
                body = await answer.Content.ReadAsStringAsync();
                return answer.StatusCode == HttpStatusCode.ServiceUnavailable;
            },
            Patience,
            "the edge to say it is not ready",
            () => $"last answer: {body}");

        Assert.StartsWith("not ready\n", body, StringComparison.Ordinal);
        Assert.Contains("FAIL cluster: no silo answers", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync(edge.Url + "/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(edge.Url + "/healthz/live")).StatusCode);
    }

    [Fact]
    public async Task a_silo_whose_postgresql_stops_is_not_ready_until_it_is_back()
    {
        await using var cluster = await TestCluster.StartAsync();
        var silo = await cluster.StartSiloAsync("silo");
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(silo.Url + "/healthz/ready")).StatusCode);

        await cluster.Postgres.StopAsync();
        var down = await http.GetAsync(silo.Url + "/healthz/ready");
        var body = await down.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("FAIL storage: the PostgreSQL database does not answer", body, StringComparison.Ordinal);
        Assert.Contains("ok   content:", body, StringComparison.Ordinal);

        await cluster.Postgres.StartAgainAsync();
        await Poll.UntilAsync(
            async () => (await http.GetAsync(silo.Url + "/healthz/ready")).StatusCode == HttpStatusCode.OK,
            Patience,
            "the silo to be ready again once PostgreSQL is back");
    }
}
