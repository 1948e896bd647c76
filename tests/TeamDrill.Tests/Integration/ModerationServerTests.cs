using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>Removal is a ban and a mute holds, over real connections to the real server, and both survive a restart.</summary>
[Collection(ServerCollection.Name)]
public sealed class ModerationServerTests(SharedServer shared)
{
    [Fact]
    public async Task a_removed_player_hears_nothing_more_and_every_read_and_rejoin_is_refused_until_the_ban_is_lifted()
    {
        await using var drill = await DrillScript.SetUpAsync(shared.Url);
        var dee = drill.Scorer2;

        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.RemoveMember), drill.Code, "Dee", ActionIds.New());
        var banned = await dee.WaitFor<MemberBanned>();
        await drill.Agent.WaitFor<MemberBanned>();

        var read = await Assert.ThrowsAsync<HubException>(() => drill.Room(dee));
        Assert.Contains($"The host removed you from room {drill.Code}; you can no longer see it.", read.Message);
        await Assert.ThrowsAsync<HubException>(() => dee.Hub.InvokeAsync<ResyncResult>(nameof(IDrillHub.Resync), drill.Code, 0L));
        var rejoin = await Assert.ThrowsAsync<HubException>(() => dee.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), drill.Code));
        Assert.Contains("you can join again only once the host lifts the ban", rejoin.Message);
        Assert.Empty(await dee.Hub.InvokeAsync<IReadOnlyList<HistoryEntry>>(nameof(IDrillHub.GetHistory)));

        // The refused reads did not make the room follow Dee's connection again.
        await drill.Start();
        await drill.Say(drill.Customer, "Where is the bike?");
        await drill.Agent.WaitFor<MessagePosted>();
        Assert.DoesNotContain(dee.Received, e => e.Seq > banned.Seq);
        Assert.Equal(["Dee"], (await drill.Room(drill.Customer)).BannedNames);
        Assert.Empty((await drill.Room(drill.Agent)).BannedNames);

        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.UnbanMember), drill.Code, "Dee", ActionIds.New());
        await drill.Agent.WaitFor<MemberUnbanned>();
        var back = await dee.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), drill.Code);
        Assert.Contains(back.Members, m => m.PlayerId == dee.Id);
        await drill.Say(drill.Agent, "Let me check the depot.");
        await dee.WaitFor<MessagePosted>(m => m.Message.Number == 2);
    }

    [Fact]
    public async Task a_muted_agent_is_refused_with_a_sentence_the_room_sees_it_and_unmuting_lets_them_speak()
    {
        await using var drill = await DrillScript.SetUpAsync(shared.Url);
        await drill.Start();

        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.MuteMember), drill.Code, "Ben", ActionIds.New());
        foreach (var p in drill.Everyone)
        {
            Assert.Equal(drill.Agent.Id, (await p.WaitFor<MemberMuted>()).PlayerId);
        }

        var refused = await Assert.ThrowsAsync<HubException>(() => drill.Say(drill.Agent, "Calm down."));
        Assert.Contains("The host has muted you: you cannot speak on the call until they unmute you.", refused.Message);
        Assert.True((await drill.Room(drill.Scorer1)).Members.Single(m => m.PlayerId == drill.Agent.Id).IsMuted);
        var self = await Assert.ThrowsAsync<HubException>(() => drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.MuteMember), drill.Code, "Ana", ActionIds.New()));
        Assert.Contains("You cannot mute yourself.", self.Message);

        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.UnmuteMember), drill.Code, "Ben", ActionIds.New());
        await drill.Say(drill.Agent, "I am sorry about the bike, Mrs Mensah.");
        var heard = await drill.Scorer1.WaitFor<MessagePosted>();
        Assert.Equal("I am sorry about the bike, Mrs Mensah.", heard.Message.Text);
        Assert.DoesNotContain(drill.Everyone.SelectMany(p => p.ReceivedOf<MessagePosted>()), m => m.Message.Text == "Calm down.");
    }

    [Fact]
    public async Task a_ban_and_a_mute_survive_a_restart_on_the_same_data_folder()
    {
        using var data = new TempFolder();
        string code;
        SignInResponse ana, cy, dee;
        await using (var server = await InProcessServer.StartAsync(data.Path))
        {
            await using var drill = await DrillScript.SetUpAsync(server.Url);
            (code, ana, cy, dee) = (drill.Code, drill.Customer.Identity, drill.Scorer1.Identity, drill.Scorer2.Identity);
            await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.RemoveMember), drill.Code, "Dee", ActionIds.New());
            await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.MuteMember), drill.Code, "Cy", ActionIds.New());
            await drill.Scorer1.WaitFor<MemberMuted>();
        }

        await using var restarted = await InProcessServer.StartAsync(data.Path);
        await using var host = await TestPlayer.SignInAsync(restarted.Url, "Ana", ana.Token);
        await using var scorer = await TestPlayer.SignInAsync(restarted.Url, "Cy", cy.Token);
        await using var removed = await TestPlayer.SignInAsync(restarted.Url, "Dee", dee.Token);

        var rejoin = await Assert.ThrowsAsync<HubException>(() => removed.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code));
        Assert.Contains("you can join again only once the host lifts the ban", rejoin.Message);
        var room = await host.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), code);
        Assert.Equal(["Dee"], room.BannedNames);
        Assert.True(room.Members.Single(m => m.PlayerId == cy.PlayerId).IsMuted);
        var muteAgain = await Assert.ThrowsAsync<HubException>(() => host.Hub.InvokeAsync(nameof(IDrillHub.MuteMember), code, "Cy", ActionIds.New()));
        Assert.Contains("Cy is already muted.", muteAgain.Message);
        Assert.True((await scorer.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), code)).Members.Single(m => m.PlayerId == cy.PlayerId).IsMuted);
    }
}
