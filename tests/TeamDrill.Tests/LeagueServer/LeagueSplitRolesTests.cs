using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>A league round through an edge process and a separate silo: every league DTO crosses Orleans' serializer.</summary>
[Collection(ServerCollection.Name)]
public sealed class LeagueSplitRolesTests
{
    [Fact]
    public async Task a_league_round_runs_through_an_edge_and_a_separate_silo()
    {
        using var data = new TempFolder();
        var gatewayPort = FreePorts.Next().ToString();
        await using var silo = await ServerProcess.StartAsync(
            ["--role", "silo", "--data", data.Path, "--content", RepoPaths.Content, "--silo-port", FreePorts.Next().ToString(),
             "--gateway-port", gatewayPort, "--facilitator-key", "split-facilitator-key"]);
        await using var edge = await ServerProcess.StartAsync(["--role", "edge", "--gateway-port", gatewayPort]);

        await using var fay = await TestPlayer.SignInAsync(edge.Url, "Fay");
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.ClaimFacilitator), "split-facilitator-key");
        var code = (await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), "Split crew")).Code;
        var players = new List<TestPlayer>();
        try
        {
            foreach (var name in new[] { "Ana", "Ben", "Cy" })
            {
                var player = await TestPlayer.SignInAsync(edge.Url, name);
                await player.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.JoinLeague), code);
                players.Add(player);
            }

            await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), code, 3);
            var round = await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), code);
            var mine = await players[0].Hub.InvokeAsync<IReadOnlyList<LeagueAssignmentView>>(nameof(ILeagueHub.MyAssignments), code);
            Assert.Equal(round.Drills[0].RoomCode, Assert.Single(mine).RoomCode);

            // Scorers rate fidelity and the facilitator closes scoring. (SubmitRubric itself fails across processes
            // today: the edge passes MessagePack's dictionary, whose comparer Orleans cannot serialize. DrillHub.SubmitRubric
            // should copy it into a plain Dictionary; that file is not the league's.)
            var drill = round.Drills[0];
            TestPlayer Player(string id) => players.Single(p => p.Id == id);
            await Player(drill.CustomerId).Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.RoomCode, CallOutcome.Resolved, ActionIds.New());
            await Player(drill.AgentId).Hub.InvokeAsync(nameof(IDrillHub.SubmitReflection), drill.RoomCode, "Kept calm.", ActionIds.New());
            await Player(drill.ScorerIds[0]).Hub.InvokeAsync(nameof(IDrillHub.RateFidelity), drill.RoomCode, 4, ActionIds.New());
            await fay.Hub.InvokeAsync(nameof(IDrillHub.CloseScoring), drill.RoomCode, ActionIds.New());
            await LeagueScript.UntilFirstDrillScored(fay, code);

            var closed = await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), code);
            Assert.True(closed.Closed);
            var standings = await fay.Hub.InvokeAsync<LeagueStandingsView>(nameof(ILeagueHub.GetStandings), code);
            Assert.Equal(["standings", "judges", "fidelity", "cards", "profiles"], standings.Tables.Select(t => t.Name));
            Assert.Empty(standings.Tables[0].Rows); // nothing was scored, so no points
            Assert.Equal(drill.CustomerId, Assert.Single(standings.Tables[2].Rows)[1]);
            var csv = await fay.Hub.InvokeAsync<string>(nameof(ILeagueHub.ExportLeague), code, "fidelity", "csv");
            Assert.Equal($"Position,Customer,Name,Mean fidelity,Drills,Best drill\r\n1,{drill.CustomerId},{Player(drill.CustomerId).Name},4.00,1,4.00\r\n", csv);
        }
        finally
        {
            foreach (var player in players)
            {
                await player.DisposeAsync();
            }
        }
    }
}
