using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Grains.Players;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>
/// When the league's state cannot be written, the call fails and the league is as it was before it:
/// nothing changed in memory stays behind to be served or written later.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class LeagueSaveFaultTests
{
    [Fact]
    public async Task a_round_that_cannot_be_saved_cancels_its_room_and_leaves_the_league_as_it_was()
    {
        var fault = new LeagueSaveFault();
        await using var league = await LeagueScript.SetUpAsync(fault.Install, "Ana", "Ben", "Cy", "Dee");
        var fay = league.Facilitator;
        await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), league.Code, 4);
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), league.Code, "Dee", "absent");

        fault.FailNextLeagueWrite();
        var error = await Assert.ThrowsAsync<HubException>(() => fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), league.Code));

        Assert.Contains("Round 1 did not start: saving the round failed", error.Message);
        Assert.Contains("The room already opened (", error.Message);
        Assert.EndsWith("; the league is unchanged. Start the round again (teamdrill league round start).", error.Message);
        var after = await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), league.Code);
        Assert.Equal((0, false), (after.Rounds, after.RoundOpen));
        Assert.Equal(LeaguePresence.Absent, after.Members.Single(m => m.Name == "Dee").Presence);
        var grains = league.Server.Services.GetRequiredService<IGrainFactory>();
        Assert.Empty(await grains.GetGrain<IPlayerGrain>(league.Members[0].Id).GetRooms());

        // The next write goes through: the round starts, and Dee's absence is used by it.
        var round = await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), league.Code);
        Assert.Equal((1, "Dee"), (round.Number, Assert.Single(round.Absent)));
        var started = await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), league.Code);
        Assert.Equal(LeaguePresence.Present, started.Members.Single(m => m.Name == "Dee").Presence);
    }

    [Fact]
    public async Task a_group_that_cannot_be_saved_is_not_kept()
    {
        var fault = new LeagueSaveFault();
        await using var league = await LeagueScript.SetUpAsync(fault.Install);
        var fay = league.Facilitator;

        fault.FailNextLeagueWrite();
        await Assert.ThrowsAsync<HubException>(() => fay.Hub.InvokeAsync(nameof(ILeagueHub.SetGroup), league.Code, "Ana", "North"));
        var after = await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), league.Code);
        Assert.Equal("", after.Members.Single(m => m.Name == "Ana").Group);

        await fay.Hub.InvokeAsync(nameof(ILeagueHub.SetGroup), league.Code, "Ana", "South");
        var saved = await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), league.Code);
        Assert.Equal("South", saved.Members.Single(m => m.Name == "Ana").Group);
    }
}
