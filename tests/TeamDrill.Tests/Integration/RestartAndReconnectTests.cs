using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

[Collection(ServerCollection.Name)]
public sealed class RestartAndReconnectTests(SharedServer shared)
{
    [Fact]
    public async Task a_finished_drill_is_still_there_after_the_server_restarts_on_the_same_data_folder()
    {
        using var data = new TempFolder();
        string code;
        SignInResponse ana;
        Debrief before;
        await using (var server = await InProcessServer.StartAsync(data.Path))
        {
            await using var drill = await DrillScript.SetUpAsync(server.Url);
            code = drill.Code;
            ana = drill.Customer.Identity;
            await drill.Start();
            await drill.Say(drill.Customer, "It has been a week!");
            await drill.Say(drill.Agent, "Mrs Mensah, I will chase it now.");
            await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.Code, CallOutcome.Resolved, ActionIds.New());
            await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.CloseScoring), drill.Code, ActionIds.New());
            before = (await drill.Agent.WaitFor<DebriefPublished>()).Debrief;
        }

        await using var restarted = await InProcessServer.StartAsync(data.Path);
        await using var again = await TestPlayer.SignInAsync(restarted.Url, "Ana", ana.Token);

        Assert.Equal(ana.PlayerId, again.Id);
        var history = await again.Hub.InvokeAsync<IReadOnlyList<HistoryEntry>>(nameof(IDrillHub.GetHistory));
        var entry = Assert.Single(history);
        Assert.Equal((code, 1, DrillRole.Customer, CallOutcome.Resolved), (entry.RoomCode, entry.DrillNumber, entry.MyRole, entry.Outcome));
        var debrief = await again.Hub.InvokeAsync<Debrief>(nameof(IDrillHub.GetDebrief), code, 1);
        Assert.Equal(before.Transcript.Select(m => m.Text), debrief.Transcript.Select(m => m.Text));
        Assert.Equal(before.Brief.CardId, debrief.Brief.CardId);
        var snapshot = await again.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), code);
        Assert.Equal(DrillPhase.Debrief, snapshot.Phase);
        Assert.Equal(4, snapshot.Members.Count);
    }

    [Fact]
    public async Task a_client_that_drops_mid_drill_gets_exactly_the_events_it_missed()
    {
        var server = shared.Server;
        await using var drill = await DrillScript.SetUpAsync(server.Url);
        await drill.Start();
        await drill.Say(drill.Customer, "First!");
        var lastSeen = (await drill.Scorer1.WaitFor<MessagePosted>()).Seq;

        await drill.Scorer1.DropAsync();
        await drill.Say(drill.Agent, "I am looking into it, Mrs Mensah.");
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.SetAnger), drill.Code, 2, ActionIds.New());
        await drill.Scorer2.Hub.InvokeAsync(nameof(IDrillHub.TagMessage), drill.Code, 2, "ownership", TagPolarity.Plus, ActionIds.New());
        await drill.Say(drill.Customer, "Thank you.");
        await drill.Scorer2.WaitFor<MessagePosted>(m => m.Message.Number == 3);

        await drill.Scorer1.ReconnectAsync();
        var missed = await drill.Scorer1.Hub.InvokeAsync<ResyncResult>(nameof(IDrillHub.Resync), drill.Code, lastSeen);

        Assert.Null(missed.Snapshot);
        // Cy gets the two messages and the anger change, but not Dee's private tag.
        Assert.Equal(
            ["MessagePosted", "AngerChanged", "MessagePosted"],
            missed.Events.Select(e => e.GetType().Name));
        Assert.Equal(
            drill.Scorer2.Received.Where(e => e.Seq > lastSeen && e is not MessageTagged).Select(e => e.Seq),
            missed.Events.Select(e => e.Seq));

        // And the drill goes on for the reconnected client, live.
        await drill.Say(drill.Agent, "You are welcome.");
        var live = await drill.Scorer1.WaitFor<MessagePosted>(m => m.Message.Number == 4);
        Assert.Equal("You are welcome.", live.Message.Text);
    }

    [Fact]
    public async Task a_resync_from_a_number_the_room_never_reached_gets_a_snapshot()
    {
        var server = shared.Server;
        await using var drill = await DrillScript.SetUpAsync(server.Url);

        var result = await drill.Agent.Hub.InvokeAsync<ResyncResult>(nameof(IDrillHub.Resync), drill.Code, 10_000L);

        Assert.NotNull(result.Snapshot);
        Assert.Empty(result.Events);
        Assert.Equal(4, result.Snapshot!.Members.Count);
    }
}
