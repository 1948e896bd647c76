using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>What the league acknowledged survives a restart of the server: members, groups, the season, a closed round and its standings.</summary>
[Collection(ServerCollection.Name)]
public sealed class LeagueRestartTests
{
    [Fact]
    public async Task a_league_with_a_closed_round_is_all_there_after_a_restart()
    {
        using var data = new TempFolder();
        const string key = "restart-facilitator-key";
        string code;
        string fayToken;
        IReadOnlyList<string> standingsBefore;
        LeagueRoundView roundBefore;
        await using (var server = await InProcessServer.StartAsync(data.Path, "--facilitator-key", key))
        {
            await using var fay = await TestPlayer.SignInAsync(server.Url, "Fay");
            fayToken = fay.Identity.Token;
            await fay.Hub.InvokeAsync(nameof(ILeagueHub.ClaimFacilitator), key);
            code = (await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), "Weekend crew")).Code;
            var players = new List<TestPlayer>();
            foreach (var name in new[] { "Ana", "Ben", "Cy" })
            {
                var player = await TestPlayer.SignInAsync(server.Url, name);
                await player.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.JoinLeague), code);
                players.Add(player);
            }

            await fay.Hub.InvokeAsync(nameof(ILeagueHub.SetGroup), code, "Ben", "South");
            await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), code, 3);
            var round = await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), code);
            await LeagueScript.PlayAsync(players, round.Drills[0], score: 3, fidelity: 5);
            await LeagueScript.UntilFirstDrillScored(fay, code);

            roundBefore = await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), code);
            standingsBefore = (await fay.Hub.InvokeAsync<LeagueStandingsView>(nameof(ILeagueHub.GetStandings), code)).Tables[0].Rows.Select(r => string.Join(",", r)).ToList();
            foreach (var player in players)
            {
                await player.DisposeAsync();
            }
        }

        await using var again = await InProcessServer.StartAsync(data.Path, "--facilitator-key", key);
        await using var fayAgain = await TestPlayer.SignInAsync(again.Url, "Fay", fayToken);
        var league = await fayAgain.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), code);
        Assert.Equal(["Ana", "Ben", "Cy"], league.Members.Select(m => m.Name));
        Assert.Equal("South", league.Members[1].Group);
        Assert.Equal((1, 3, 1, false), (league.Season, league.RoomSize, league.Rounds, league.RoundOpen));
        var round1 = await fayAgain.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.GetRound), code, 1);
        Assert.True(round1.Closed);
        Assert.Equal(roundBefore.Drills[0].Points, round1.Drills[0].Points);
        var standings = await fayAgain.Hub.InvokeAsync<LeagueStandingsView>(nameof(ILeagueHub.GetStandings), code);
        Assert.Equal(standingsBefore, standings.Tables[0].Rows.Select(r => string.Join(",", r)));
        var error = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(
            () => fayAgain.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), code));
        Assert.Contains("Round 1 is already closed.", error.Message);
    }
}
