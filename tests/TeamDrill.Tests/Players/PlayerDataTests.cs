using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Players;

/// <summary>One person's data over real connections: a facilitator exports it, and erases a player so other members no longer see the name.</summary>
[Collection(ServerCollection.Name)]
public sealed class PlayerDataTests(SharedServer shared)
{
    [Fact]
    public async Task export_holds_each_players_drill_from_their_seat_and_their_league()
    {
        await using var played = await PlayedLeague.PlayAsync(shared.Server);
        var fay = played.Facilitator;

        using var agent = await ExportAsync(fay, played.Agent.Name);
        var root = agent.RootElement;
        Assert.Equal((played.Agent.Id, played.Agent.Name), (root.GetProperty("playerId").GetString(), root.GetProperty("name").GetString()));
        Assert.Equal(1, root.GetProperty("activeSignIns").GetInt32());
        Assert.Contains(played.Drill.RoomCode, root.GetProperty("rooms").EnumerateArray().Select(r => r.GetString()));
        var drill = Assert.Single(root.GetProperty("drills").EnumerateArray());
        Assert.Equal("agent", drill.GetProperty("role").GetString());
        Assert.Equal("I'm sorry, that's frustrating. I'll sort it out now.", Assert.Single(drill.GetProperty("messages").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal("I owned it early.", drill.GetProperty("reflection").GetString());
        Assert.Equal(4.0, drill.GetProperty("scoreReceived").GetDouble());
        var league = Assert.Single(root.GetProperty("leagues").EnumerateArray());
        Assert.Equal(played.League.Code, league.GetProperty("leagueCode").GetString());
        Assert.Equal(JsonValueKind.Number, league.GetProperty("rating").ValueKind);

        using var customer = await ExportAsync(fay, played.Customer.Id);
        var customerDrill = Assert.Single(customer.RootElement.GetProperty("drills").EnumerateArray());
        Assert.Equal("customer", customerDrill.GetProperty("role").GetString());
        Assert.Equal([4, 4], customerDrill.GetProperty("fidelityReceived").EnumerateArray().Select(f => f.GetInt32()));
        Assert.Equal(JsonValueKind.Null, customerDrill.GetProperty("scoreReceived").ValueKind);

        using var scorer = await ExportAsync(fay, played.Scorer.Id);
        var scorerDrill = Assert.Single(scorer.RootElement.GetProperty("drills").EnumerateArray());
        Assert.Equal(("scorer", 4), (scorerDrill.GetProperty("role").GetString(), scorerDrill.GetProperty("fidelityGiven").GetInt32()));
        Assert.All(scorerDrill.GetProperty("rubricGiven").EnumerateObject(), c => Assert.Equal(4, c.Value.GetInt32()));
        Assert.Empty(scorerDrill.GetProperty("messages").EnumerateArray());
    }

    [Fact]
    public async Task an_erased_name_is_gone_from_what_other_members_see_and_the_erased_token_is_refused()
    {
        await using var played = await PlayedLeague.PlayAsync(shared.Server);
        var (fay, customer, agent, room) = (played.Facilitator, played.Customer, played.Agent, played.Drill.RoomCode);
        Assert.True(PlayedLeague.OnTheWire(await customer.Hub.InvokeAsync<Debrief>(nameof(IDrillHub.GetDebrief), room, 1), agent.Name));

        var label = await fay.Hub.InvokeAsync<string>(nameof(IPlayerHub.ErasePlayer), agent.Name);

        Assert.StartsWith("former member ", label, StringComparison.Ordinal);
        var debrief = await customer.Hub.InvokeAsync<Debrief>(nameof(IDrillHub.GetDebrief), room, 1);
        Assert.False(PlayedLeague.OnTheWire(debrief, agent.Name));
        Assert.Equal(label, debrief.Participants.Single(p => p.PlayerId == agent.Id).Name);
        Assert.Equal(label, debrief.Transcript.Single(m => m.SenderId == agent.Id).SenderName);

        var archive = DrillArchiveReader.Read(await customer.Hub.InvokeAsync<byte[]>(nameof(IDrillHub.GetArchive), room, 1));
        Assert.Equal(label, archive.Participants.Single(p => p.PlayerId == agent.Id).Name);
        Assert.False(PlayedLeague.OnTheWire(archive, agent.Name));
        var onDisk = DrillArchiveReader.Read(await File.ReadAllBytesAsync(Path.Combine(shared.DataDirectory, "archives", DrillArchiveFormat.FileName(room, 1))));
        Assert.False(PlayedLeague.OnTheWire(onDisk, agent.Name));
        Assert.Equal(label, onDisk.Participants.Single(p => p.PlayerId == agent.Id).Name);

        Assert.False(PlayedLeague.OnTheWire(await customer.Hub.InvokeAsync<ResyncResult>(nameof(IDrillHub.Resync), room, 0L), agent.Name));
        Assert.Equal(label, Assert.Single(await customer.Hub.InvokeAsync<IReadOnlyList<HistoryEntry>>(nameof(IDrillHub.GetHistory))).AgentName);
        var standings = await customer.Hub.InvokeAsync<LeagueStandingsView>(nameof(ILeagueHub.GetStandings), played.League.Code);
        Assert.False(PlayedLeague.OnTheWire(standings, agent.Name));
        Assert.Contains(standings.Tables[0].Rows, row => row.Contains(label));
        var csv = await fay.Hub.InvokeAsync<string>(nameof(ILeagueHub.ExportLeague), played.League.Code, "standings", "csv");
        Assert.DoesNotContain(agent.Name, csv, StringComparison.Ordinal);

        using var export = await ExportAsync(fay, agent.Id);
        Assert.Equal((label, label), (export.RootElement.GetProperty("name").GetString(), export.RootElement.GetProperty("erasedAs").GetString()));
        Assert.Empty(export.RootElement.GetProperty("rooms").EnumerateArray());
        Assert.Equal(0, export.RootElement.GetProperty("activeSignIns").GetInt32());

        await Poll.UntilAsync(() => agent.Hub.State == HubConnectionState.Disconnected, TimeSpan.FromSeconds(10), "the erased player's connection to close");
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenProbe.NegotiateAsync(shared.Server.Url, agent.Identity.Token)).Status);
    }

    [Fact]
    public async Task export_and_erase_by_a_non_facilitator_or_of_an_unknown_player_are_refused_and_nothing_changes()
    {
        await using var played = await PlayedLeague.PlayAsync(shared.Server);
        var (fay, customer, agent) = (played.Facilitator, played.Customer, played.Agent);

        foreach (var method in new[] { nameof(IPlayerHub.ExportPlayer), nameof(IPlayerHub.ErasePlayer) })
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => customer.Hub.InvokeAsync<string>(method, agent.Id));
            Assert.Contains("Only a facilitator can sign out, export or erase a player", refused.Message, StringComparison.Ordinal);
        }

        var unknown = await Assert.ThrowsAsync<HubException>(() => fay.Hub.InvokeAsync<string>(nameof(IPlayerHub.ErasePlayer), "Nobody" + agent.Name));
        Assert.Contains($"There is no player called 'Nobody{agent.Name}'.", unknown.Message, StringComparison.Ordinal);
        var empty = await Assert.ThrowsAsync<HubException>(() => fay.Hub.InvokeAsync<string>(nameof(IPlayerHub.ExportPlayer), " "));
        Assert.Contains("Name the player: a display name or a player id.", empty.Message, StringComparison.Ordinal);

        var debrief = await customer.Hub.InvokeAsync<Debrief>(nameof(IDrillHub.GetDebrief), played.Drill.RoomCode, 1);
        Assert.Equal(agent.Name, debrief.Participants.Single(p => p.PlayerId == agent.Id).Name);
        Assert.NotEmpty(await agent.Hub.InvokeAsync<IReadOnlyList<PublicBrief>>(nameof(IDrillHub.ListCards)));
    }

    private static async Task<JsonDocument> ExportAsync(TestPlayer facilitator, string player) =>
        JsonDocument.Parse(await facilitator.Hub.InvokeAsync<string>(nameof(IPlayerHub.ExportPlayer), player));
}
