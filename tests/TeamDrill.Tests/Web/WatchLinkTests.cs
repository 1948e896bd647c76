using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Web;

/// <summary>Projector links over the real hub: who may make one, and that one can only watch, and only the public part.</summary>
[Collection(ServerCollection.Name)]
public sealed class WatchLinkTests(SharedServer shared)
{
    [Fact]
    public async Task only_the_host_opens_or_revokes_a_projector_link()
    {
        await using var drill = await DrillScript.SetUpAsync(shared.Url);

        var refused = await Assert.ThrowsAsync<HubException>(() => drill.Agent.Hub.InvokeAsync<string>(nameof(IDrillHub.CreateWatchLink), drill.Code));
        Assert.Contains("Only the host (Ana) can open a projector link.", refused.Message, StringComparison.Ordinal);
        var none = await Assert.ThrowsAsync<HubException>(() => drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.RevokeWatchLink), drill.Code));
        Assert.Contains($"Room {drill.Code} has no projector link open", none.Message, StringComparison.Ordinal);

        await drill.Customer.Hub.InvokeAsync<string>(nameof(IDrillHub.CreateWatchLink), drill.Code);
        var notHost = await Assert.ThrowsAsync<HubException>(() => drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.RevokeWatchLink), drill.Code));
        Assert.Contains("Only the host (Ana) can revoke the projector link.", notHost.Message, StringComparison.Ordinal);
        Assert.Empty(drill.Scorer1.ReceivedOf<WatchLinkClosed>());
    }

    [Fact]
    public async Task a_projector_connection_sees_only_public_events_and_can_change_nothing()
    {
        await using var drill = await DrillScript.SetUpAsync(shared.Url);
        var link = await drill.Customer.Hub.InvokeAsync<string>(nameof(IDrillHub.CreateWatchLink), drill.Code);
        var key = Uri.UnescapeDataString(link[(link.IndexOf("?key=", StringComparison.Ordinal) + 5)..]);
        var received = new List<RoomEvent>();
        await using var watcher = Connect($"watch.{drill.Code}.{key}");
        watcher.On<string, RoomEvent[]>(HubCallbacks.ReceiveEvents, (_, events) =>
        {
            lock (received)
            {
                received.AddRange(events);
            }
        });
        await watcher.StartAsync();

        var snapshot = await watcher.InvokeAsync<RoomSnapshot>("WatchRoom", drill.Code);
        Assert.Equal(4, snapshot.Members.Count);

        foreach (var call in new Func<Task>[]
        {
            () => watcher.InvokeAsync(nameof(IDrillHub.SendMessage), drill.Code, "hello", ActionIds.New()),
            () => watcher.InvokeAsync(nameof(IDrillHub.StartDrill), drill.Code, (string?)null, ActionIds.New()),
            () => watcher.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New()),
            () => watcher.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), drill.Code),
            () => watcher.InvokeAsync<string>(nameof(IDrillHub.CreateWatchLink), drill.Code),
            () => watcher.InvokeAsync(nameof(IDrillHub.RevokeWatchLink), drill.Code),
            () => watcher.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), drill.Code),
        })
        {
            var refused = await Assert.ThrowsAsync<HubException>(call);
            Assert.Contains(WatchLinkRefusal.ReadOnly, refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(4, (await drill.Room(drill.Agent)).Members.Count);

        await drill.Start();
        await drill.Say(drill.Agent, "Mrs Mensah, please calm down.");
        await drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.TagMessage), drill.Code, 1, "empathy", TagPolarity.Minus, ActionIds.New());
        await drill.Agent.WaitFor<CoachHintGiven>();
        await drill.Scorer1.WaitFor<MessageTagged>();
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.SetAnger), drill.Code, 8, ActionIds.New());
        await Poll.UntilAsync(() => Seen<AngerChanged>(received).Count == 1, TimeSpan.FromSeconds(30), "the projector connection to hear the anger change");

        Assert.Single(Seen<DrillStarted>(received));
        Assert.Single(Seen<MessagePosted>(received));
        Assert.Empty(Seen<CustomerCardDealt>(received));
        Assert.Empty(Seen<MessageTagged>(received));
        Assert.Empty(Seen<CoachHintGiven>(received));
        var during = await watcher.InvokeAsync<RoomSnapshot>("WatchRoom", drill.Code);
        Assert.Null(during.Card);
        Assert.Empty(during.Tags);
        Assert.Empty(during.MyHints);
        Assert.Empty(during.Brief!.Criteria);
    }

    [Fact]
    public async Task a_wrong_key_cannot_connect_and_a_revoked_one_stops_hearing_the_room()
    {
        await using var drill = await DrillScript.SetUpAsync(shared.Url);
        var link = await drill.Customer.Hub.InvokeAsync<string>(nameof(IDrillHub.CreateWatchLink), drill.Code);
        var key = Uri.UnescapeDataString(link[(link.IndexOf("?key=", StringComparison.Ordinal) + 5)..]);

        await using var wrong = Connect($"watch.{drill.Code}.not-the-key");
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => wrong.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var received = new List<RoomEvent>();
        await using var watcher = Connect($"watch.{drill.Code}.{key}");
        watcher.On<string, RoomEvent[]>(HubCallbacks.ReceiveEvents, (_, events) =>
        {
            lock (received)
            {
                received.AddRange(events);
            }
        });
        await watcher.StartAsync();
        await watcher.InvokeAsync<RoomSnapshot>("WatchRoom", drill.Code);

        // A new link replaces the old: the old one hears that it was closed, then nothing more.
        await drill.Customer.Hub.InvokeAsync<string>(nameof(IDrillHub.CreateWatchLink), drill.Code);
        await Poll.UntilAsync(() => Seen<WatchLinkClosed>(received).Count == 1, TimeSpan.FromSeconds(30), "the old link to hear it was closed");
        await drill.Start();
        await drill.Agent.WaitFor<DrillStarted>();
        Assert.Empty(Seen<DrillStarted>(received));
        var gone = await Assert.ThrowsAsync<HubException>(() => watcher.InvokeAsync<RoomSnapshot>("WatchRoom", drill.Code));
        Assert.Contains(WatchLinkRefusal.Revoked, gone.Message, StringComparison.Ordinal);
    }

    private static List<T> Seen<T>(List<RoomEvent> received)
    {
        lock (received)
        {
            return received.OfType<T>().ToList();
        }
    }

    private HubConnection Connect(string token) =>
        new HubConnectionBuilder()
            .WithUrl(shared.Url + EdgeRoutes.Hub, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
            .Build();
}
