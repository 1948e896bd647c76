using System.Net;
using Microsoft.Extensions.Configuration;
using TeamDrill.Server.Hosting;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Operations;

/// <summary><c>--dashboard</c> serves the Orleans dashboard at /dashboard; without it there is none.</summary>
[Collection(ServerCollection.Name)]
public sealed class DashboardTests
{
    [Fact]
    public async Task a_server_started_with_dashboard_serves_the_orleans_dashboard_page()
    {
        using var data = new TempFolder();
        await using var server = await ServerProcess.StartAsync(data.Path, "--dashboard");
        using var http = new HttpClient();

        var page = await http.GetAsync(server.Url + "/dashboard");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Orleans Dashboard</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task without_the_flag_there_is_no_dashboard()
    {
        using var data = new TempFolder();
        await using var server = await ServerProcess.StartAsync(data.Path);
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(server.Url + "/dashboard/")).StatusCode);
    }

    [Fact]
    public void the_dashboard_on_an_edge_alone_is_refused_with_a_sentence()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TeamDrill:Role"] = "edge", ["TeamDrill:Dashboard"] = "true" })
            .Build();

        ServerSettings.Read(configuration, out var problems);

        Assert.Equal(["Dashboard (--dashboard) needs a silo; turn it on for a process with --role all or silo."], problems);
    }
}
