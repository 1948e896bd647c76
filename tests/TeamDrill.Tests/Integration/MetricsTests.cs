using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Grains.Journal;
using TeamDrill.Grains.Rooms;
using TeamDrill.Server.Edge;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

[Collection(ServerCollection.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task a_drill_moves_the_counters_an_operator_watches()
    {
        // Only this server's meters count: each host creates them from its own meter factory, so a server
        // another test runs alongside in this process does not move these totals.
        IMeterFactory? ours = null;
        var totals = new ConcurrentDictionary<string, double>();
        void Add(Instrument instrument, double value)
        {
            if (ReferenceEquals(instrument.Meter.Scope, Volatile.Read(ref ours)))
            {
                totals.AddOrUpdate(instrument.Name, value, (_, t) => t + value);
            }
        }

        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name is RoomMetrics.MeterName or EdgeMetrics.MeterName or JournalMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((i, v, _, _) => Add(i, v));
        listener.SetMeasurementEventCallback<int>((i, v, _, _) => Add(i, v));
        listener.SetMeasurementEventCallback<double>((i, _, _, _) => Add(i, 1));
        listener.Start();

        using var data = new TempFolder();
        await using var server = await InProcessServer.StartAsync(data.Path);
        Volatile.Write(ref ours, server.Services.GetRequiredService<IMeterFactory>());
        await using var drill = await DrillScript.SetUpAsync(server.Url);
        await drill.Start();
        await drill.Say(drill.Customer, "Hello?");
        await drill.Say(drill.Agent, "Hello, Mrs Mensah.");
        await Assert.ThrowsAsync<HubException>(() => drill.Say(drill.Scorer1, "I am not on the call"));
        await drill.Scorer2.WaitFor<MessagePosted>(m => m.Message.Number == 2);

        Assert.Equal(2, totals.GetValueOrDefault("teamdrill.rooms.messages"));
        Assert.Equal(1, totals.GetValueOrDefault("teamdrill.rooms.drills_started"));
        Assert.Equal(1, totals.GetValueOrDefault("teamdrill.rooms.refusals"));
        Assert.Equal(4, totals.GetValueOrDefault("teamdrill.edge.connections"));
        Assert.True(totals.GetValueOrDefault("teamdrill.edge.events_sent") >= 8);
        Assert.True(totals.GetValueOrDefault("teamdrill.edge.route_ms") >= 2, string.Join(", ", totals.Select(t => $"{t.Key}={t.Value}"))); // each message was routed to the room's connections
        Assert.Equal(0, totals.GetValueOrDefault("teamdrill.edge.catch_ups")); // with nothing failing, every push arrived
        Assert.True(totals.GetValueOrDefault("teamdrill.storage.commit_ms") >= 2); // the journal committed the messages
    }
}
