using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Operations;

/// <summary><c>/metrics</c> of a real server after a drill, checked against the table in docs/operations.md.</summary>
[Collection(ServerCollection.Name)]
public sealed partial class MetricsTests
{
    [Fact]
    public async Task every_documented_metric_is_scraped_after_a_drill_with_a_plausible_value()
    {
        using var data = new TempFolder();
        await using var server = await ServerProcess.StartAsync(data.Path);
        await using var drill = await DrillScript.SetUpAsync(server.Url);
        await drill.Start();
        await drill.Say(drill.Customer, "My son's bike came without pedals.");
        await drill.Say(drill.Agent, "I am sorry; let me send the pedals today.");
        await Assert.ThrowsAsync<HubException>(() => drill.Scorer1.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), "K7QX2M"));

        using var http = new HttpClient();
        var scrape = await http.GetStringAsync(server.Url + "/metrics");
        var documented = Documented();

        Assert.True(documented.Count >= 15, "docs/operations.md lists the metrics");
        foreach (var (name, kind) in documented)
        {
            var series = kind == "histogram" ? name + "_count" : name;
            Assert.True(Value(scrape, series) is >= 0, $"{series} ({kind}) is not in the scrape:\n{scrape}");
        }

        Assert.Equal(4, Value(scrape, "teamdrill_edge_connections"));
        Assert.True(Value(scrape, "teamdrill_rooms_messages_total") >= 2);
        Assert.True(Value(scrape, "teamdrill_rooms_drills_started_total") >= 1);
        Assert.Equal(1, Value(scrape, "teamdrill_rooms_active"));
        Assert.Equal(1, Value(scrape, "teamdrill_rooms_drills_active"));
        Assert.True(Value(scrape, "teamdrill_edge_refusals_total", "reason=\"rule\"") >= 1);
        Assert.True(Value(scrape, "teamdrill_edge_events_sent_total") >= 8);
        Assert.True(Value(scrape, "teamdrill_edge_route_ms_milliseconds_count") >= 2);
        Assert.True(Value(scrape, "teamdrill_storage_batch_size_count") >= 3);
        Assert.True(Value(scrape, "teamdrill_storage_commit_ms_milliseconds_sum") > 0);
        Assert.True(Value(scrape, "teamdrill_storage_bytes_total") > 0);
        Assert.Equal(0, Value(scrape, "teamdrill_edge_slow_clients_dropped_total"));
    }

    /// <summary>The metric names and kinds of the table in docs/operations.md.</summary>
    private static List<(string Name, string Kind)> Documented()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "operations.md"));
        return Row().Matches(doc).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
    }

    /// <summary>The sum of a series' samples (over its labels, or those with <paramref name="label"/>); null when absent.</summary>
    private static double? Value(string scrape, string series, string? label = null)
    {
        var samples = scrape.Split('\n')
            .Where(line => line.StartsWith(series + "{", StringComparison.Ordinal) || line.StartsWith(series + " ", StringComparison.Ordinal))
            .Where(line => label is null || line.Contains(label, StringComparison.Ordinal))
            .Select(line => double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture))
            .ToList();
        return samples.Count == 0 ? null : samples.Sum();
    }

    [GeneratedRegex(@"^\| `(teamdrill_[a-z_]+)` \| (gauge|counter|histogram) \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
