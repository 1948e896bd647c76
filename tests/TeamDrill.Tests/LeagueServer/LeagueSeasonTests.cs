using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>A small season over real connections: a facilitator, four scripted members, room size 4, two rounds.</summary>
[Collection(ServerCollection.Name)]
public sealed partial class LeagueSeasonTests(SharedServer shared)
{
    [GeneratedRegex(@"^\d{3,4} ± \d{1,3}$")]
    private static partial Regex RatingBand();

    [Fact]
    public async Task a_two_round_season_rotates_roles_plays_every_drill_and_ends_in_standings_and_exports()
    {
        await using var league = await LeagueScript.OnServerAsync(shared.Server);
        var fay = league.Facilitator;

        var shown = await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), league.Code);
        Assert.Equal(["Ana", "Ben", "Cy", "Dee"], shown.Members.Select(m => m.Name));
        Assert.Equal("Fay", shown.FacilitatorName);

        await fay.Hub.InvokeAsync(nameof(ILeagueHub.SetGroup), league.Code, "ana", "North");
        await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), league.Code, 4);

        var agents = new List<string>();
        var customers = new List<string>();
        var scorers = new HashSet<string>();
        var debriefScores = new Dictionary<string, double>();
        foreach (var (round, score) in new[] { (1, 5), (2, 2) })
        {
            var started = await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), league.Code);
            Assert.Equal(round, started.Number);
            var drill = Assert.Single(started.Drills);
            Assert.Equal("waiting", drill.Status);
            Assert.Equal(2, drill.ScorerIds.Count);
            Assert.Equal(4, new[] { drill.AgentId, drill.CustomerId }.Concat(drill.ScorerIds).Distinct().Count());
            agents.Add(drill.AgentId);
            customers.Add(drill.CustomerId);
            scorers.UnionWith(drill.ScorerIds);

            // Each member's room has them in the scheduled role; the facilitator hosts and plays no role.
            foreach (var member in league.Members)
            {
                var room = await member.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), drill.RoomCode);
                var expected = member.Id == drill.AgentId ? DrillRole.Agent : member.Id == drill.CustomerId ? DrillRole.Customer : DrillRole.Scorer;
                Assert.Equal(expected, room.Members.Single(m => m.PlayerId == member.Id).Role);
                Assert.Equal(DrillPhase.Call, room.Phase);
                Assert.Equal(fay.Id, room.HostId);
                Assert.Equal(DrillRole.None, room.Members.Single(m => m.PlayerId == fay.Id).Role);

                var mine = Assert.Single(await member.Hub.InvokeAsync<IReadOnlyList<LeagueAssignmentView>>(nameof(ILeagueHub.MyAssignments), league.Code));
                Assert.Equal((drill.RoomCode, expected, round), (mine.RoomCode, mine.Role, mine.Round));
            }

            var customer = league.Members.Single(m => m.Id == drill.CustomerId);
            await customer.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), drill.RoomCode, "Hello? Is anybody there?", ActionIds.New());
            Assert.Equal("call", Assert.Single((await league.Round()).Drills).Status);

            await league.PlayAsync(drill, score, fidelity: score);
            var scored = Assert.Single((await league.UntilScored()).Drills);
            Assert.Equal("scored", scored.Status);

            var debrief = await fay.Hub.InvokeAsync<Debrief>(nameof(IDrillHub.GetDebrief), drill.RoomCode, 1);
            debriefScores[drill.AgentId] = debrief.Figures!.Score!.Value;
            Assert.Equal(LeagueTables.Points(debrief.Figures.Score.Value / 100), scored.Points);

            var closed = await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), league.Code);
            Assert.True(closed.Closed);
            Assert.NotNull(closed.Agreement);
        }

        // Fair rotation: two different agents and two different customers.
        Assert.NotEqual(agents[0], agents[1]);
        Assert.NotEqual(customers[0], customers[1]);

        var standings = await fay.Hub.InvokeAsync<LeagueStandingsView>(nameof(ILeagueHub.GetStandings), league.Code);
        Assert.Equal(2, standings.RoundsClosed);
        var table = standings.Tables.Single(t => t.Name == "standings");
        Assert.Equal(["Position", "Member", "Name", "Points", "Drills", "Best drill", "Average", "Rating"], table.Headers);
        Assert.Equal(2, table.Rows.Count);
        var first = table.Rows[0];
        var second = table.Rows[1];
        Assert.Equal(("1", agents[0]), (first[0], first[1]));
        Assert.Equal(("2", agents[1]), (second[0], second[1]));
        Assert.Equal(LeagueTables.Points(debriefScores[agents[0]] / 100).ToString(), first[3]);
        Assert.Equal(LeagueTables.Points(debriefScores[agents[1]] / 100).ToString(), second[3]);
        Assert.True(int.Parse(first[3]) > int.Parse(second[3]));
        Assert.All(table.Rows, r => Assert.Matches(RatingBand(), r[7]));
        var (firstRating, firstBand) = Band(first[7]);
        var (secondRating, secondBand) = Band(second[7]);
        Assert.True(firstRating > 1500, first[7]);
        Assert.True(secondRating < firstRating, second[7]);
        Assert.True(firstBand < 700 && secondBand < 700, $"{first[7]} / {second[7]}");

        // Judges: every scorer of both rounds; fidelity: both customers; card ratings with their bands.
        Assert.Equal(scorers.Order(), standings.Tables.Single(t => t.Name == "judges").Rows.Select(r => r[1]).Order());
        var fidelity = standings.Tables.Single(t => t.Name == "fidelity").Rows;
        Assert.Equal([customers[0], customers[1]], fidelity.Select(r => r[1]));
        Assert.Equal(["5.00", "2.00"], fidelity.Select(r => r[3]));
        Assert.All(standings.Tables.Single(t => t.Name == "cards").Rows, r => Assert.Matches(RatingBand(), r[2]));

        // Agreement over the whole season: a number, or the reason there is none, never both or neither.
        foreach (var season in new[] { standings.SeasonOrdinalAlpha, standings.SeasonIntervalAlpha })
        {
            Assert.True(season.Alpha is not null ^ season.Reason is not null);
        }

        // Every agent has a skill profile row per criterion they were scored on.
        Assert.NotEmpty(standings.Tables.Single(t => t.Name == "profiles").Rows);

        var names = league.Members.ToDictionary(m => m.Id, m => m.Name);
        var csv = await fay.Hub.InvokeAsync<string>(nameof(ILeagueHub.ExportLeague), league.Code, "standings", "csv");
        var lines = csv.Split("\r\n");
        Assert.Equal("Position,Member,Name,Points,Drills,Best drill,Average,Rating", lines[0]);
        Assert.StartsWith($"1,{agents[0]},{names[agents[0]]},{first[3]},1,{first[3]},{first[3]}.00,{first[7]}", lines[1]);
        Assert.StartsWith($"2,{agents[1]},{names[agents[1]]},{second[3]},1,", lines[2]);
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[3]);

        var markdown = await fay.Hub.InvokeAsync<string>(nameof(ILeagueHub.ExportLeague), league.Code, "standings", "md");
        var rows = markdown.Split('\n');
        Assert.Equal("| Position | Member | Name | Points | Drills | Best drill | Average | Rating |", rows[0]);
        Assert.Equal("| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |", rows[1]);
        Assert.StartsWith($"| 1 | {agents[0]} | {names[agents[0]]} | {first[3]} |", rows[2]);

        var profiles = await fay.Hub.InvokeAsync<string>(nameof(ILeagueHub.ExportLeague), league.Code, "profiles", "csv");
        Assert.StartsWith("Member,Name,Criterion,Mean,Drills,Slope per drill,Trend\r\n", profiles);
        Assert.Contains($"{agents[0]},{names[agents[0]]},", profiles);

        var calibration = await fay.Hub.InvokeAsync<string>(nameof(ILeagueHub.ExportLeague), league.Code, "calibration", "md");
        Assert.StartsWith("| Round | Room | Room code | Scorer | Name | Distance | Bias | Leaning |", calibration);
        Assert.Contains("Panel agreement over round 2", calibration);

        var json = await fay.Hub.InvokeAsync<string>(nameof(ILeagueHub.ExportLeague), league.Code, "standings", "json");
        Assert.Contains($"\"memberId\": \"{agents[0]}\"", json);

        // A member sees the same standings; the group stuck.
        var seen = await league.Members[3].Hub.InvokeAsync<LeagueStandingsView>(nameof(ILeagueHub.GetStandings), league.Code);
        Assert.Equal(table.Rows.Select(r => r[1]), seen.Tables[0].Rows.Select(r => r[1]));
        var after = await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), league.Code);
        Assert.Equal("North", after.Members.Single(m => m.Name == "Ana").Group);
    }

    private static (int Rating, int Band) Band(string shown)
    {
        var parts = shown.Split(" ± ");
        return (int.Parse(parts[0]), int.Parse(parts[1]));
    }
}
