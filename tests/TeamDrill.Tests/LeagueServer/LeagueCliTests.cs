using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Client;
using TeamDrill.Client.Leagues;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Client;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.LeagueServer;

/// <summary><c>teamdrill league ...</c> as a script uses it: exit codes, <c>! reason</c> on stderr, --format csv on stdout.</summary>
[Collection(ServerCollection.Name)]
public sealed class LeagueCliTests
{
    private const string Key = "cli-facilitator-key";

    [Fact]
    public async Task a_facilitator_runs_a_round_from_the_command_line_with_exit_codes_and_csv()
    {
        using var data = new TempFolder();
        using var config = new TempFolder("teamdrill-config");
        await using var server = await InProcessServer.StartAsync(data.Path, "--facilitator-key", Key);
        var store = new ClientConfigStore(Path.Combine(config.Path, "config.json"));

        async Task<(int Exit, string Out, string Err)> Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await ClientCommandLine.RunAsync(["league", .. args, "--server", server.Url, "--name", "Fay"], output, error, store);
            return (exit, output.ToString(), error.ToString());
        }

        var wrongKey = await Run("claim", "not-the-key");
        Assert.Equal((1, "! That is not the facilitator key.\n"), (wrongKey.Exit, wrongKey.Err.ReplaceLineEndings("\n")));

        var created = await Run("create", "Night shift", "--facilitator-key", Key, "--format", "csv");
        Assert.Equal(0, created.Exit);
        var createdLines = created.Out.Split("\r\n");
        Assert.Equal("Code,Name", createdLines[0]);
        var code = createdLines[1].Split(',')[0];
        Assert.Equal($"{code},Night shift", createdLines[1]);

        var players = new List<TestPlayer>();
        foreach (var name in new[] { "Ana", "Ben", "Cy" })
        {
            var player = await TestPlayer.SignInAsync(server.Url, name);
            await player.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.JoinLeague), code);
            players.Add(player);
        }

        try
        {
            // Presence: absent for the next round, away until marked present; any other word is a usage error.
            Assert.Equal((0, "Ben is away until marked present\n"), Out(await Run("presence", code, "Ben", "away")));
            Assert.Equal((0, "Cy is absent for the next round\n"), Out(await Run("presence", code, "Cy", "absent")));
            var sick = await Run("presence", code, "Cy", "sick");
            Assert.Equal(2, sick.Exit);
            Assert.StartsWith("! Argument 'sick' not recognized. Must be one of:\n\t'present'\n\t'absent'\n\t'away'", sick.Err.ReplaceLineEndings("\n"));
            var members = await Run("members", code, "--format", "csv");
            Assert.Equal(0, members.Exit);
            Assert.Equal(
                ["Name,Member,Group,Presence", $"Ana,{players[0].Id},,present", $"Ben,{players[1].Id},,away", $"Cy,{players[2].Id},,absent (next round)", ""],
                members.Out.Split("\r\n"));
            Assert.Contains("3 members, 1 absent next round, 1 away;", (await Run("show", code)).Out);
            Assert.Equal(0, (await Run("presence", code, "Ben", "present")).Exit);
            Assert.Equal(0, (await Run("presence", code, "Cy", "present")).Exit);

            Assert.Equal(0, (await Run("season", "start", code, "--room-size", "3")).Exit);
            var started = await Run("round", "start", code, "--format", "csv");
            Assert.Equal(0, started.Exit);
            var drillRow = started.Out.Split("\r\n")[1].Split(',');
            Assert.Equal("Room,Room code,Status,Agent,Customer,Scorers,Card,Points", started.Out.Split("\r\n")[0]);
            Assert.Equal(("1", "waiting"), (drillRow[0], drillRow[2]));

            var early = await Run("round", "close", code);
            Assert.Equal(1, early.Exit);
            Assert.StartsWith($"! Round 1 has 1 drill not scored yet (room {drillRow[1]})", early.Err);

            var round = await players[0].Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.GetRound), code, 0);
            await LeagueScript.PlayAsync(players, round.Drills[0], score: 4, fidelity: 4);
            await Poll.UntilSucceedsAsync(
                async () => Assert.Equal("scored", (await players[0].Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.GetRound), code, 0)).Drills[0].Status),
                TimeSpan.FromSeconds(20),
                "the drill to be scored");

            var closed = await Run("round", "close", code);
            Assert.Equal(0, closed.Exit);
            Assert.StartsWith("round 1 of season 1: closed", closed.Out);
            var twice = await Run("round", "close", code);
            Assert.Equal((1, "! Round 1 is already closed."), (twice.Exit, twice.Err.Trim()));

            var standings = await Run("standings", code, "--format", "csv");
            Assert.Equal(0, standings.Exit);
            var rows = standings.Out.Split("\r\n");
            Assert.Equal("Position,Member,Name,Points,Drills,Best drill,Average,Rating", rows[0]);
            var agent = players.Single(p => p.Id == round.Drills[0].AgentId);
            Assert.Matches($"^1,{agent.Id},{agent.Name},\\d+,1,\\d+,\\d+\\.00,\\d+ ± \\d+$", rows[1]);
            Assert.Equal(3, rows.Length);

            var table = await Run("standings", code);
            Assert.Equal(0, table.Exit);
            Assert.Contains("judges", table.Out);
            Assert.Contains(" ± ", table.Out);

            var markdown = await Run("export", code, "standings", "--format", "md");
            Assert.Equal(0, markdown.Exit);
            Assert.StartsWith("| Position | Member | Name | Points | Drills | Best drill | Average | Rating |\n| ---: |", markdown.Out);

            var json = await Run("standings", code, "--format", "json", "--table", "standings");
            Assert.Equal(0, json.Exit);
            Assert.Contains($"\"member\": \"{agent.Id}\"", json.Out);
            Assert.Contains("\"bestDrill\":", json.Out);

            // A refusal from the server: 1; bad usage: 2, and nothing is called.
            var unknown = await Run("standings", "ZZZZZZ");
            Assert.Equal((1, "! There is no league ZZZZZZ. Check the code with your facilitator."), (unknown.Exit, unknown.Err.Trim()));
            Assert.Equal(2, (await Run("standings")).Exit);
            Assert.Equal(2, (await Run("standings", code, "--format", "xml")).Exit);
            Assert.Equal(2, (await Run("round", "open", code)).Exit);
        }
        finally
        {
            foreach (var player in players)
            {
                await player.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task a_league_command_whose_connection_drops_says_so_when_it_stays_down_and_carries_on_when_it_comes_back()
    {
        using var data = new TempFolder();
        using var config = new TempFolder("teamdrill-config");
        await using var server = await InProcessServer.StartAsync(data.Path, "--facilitator-key", Key);
        await using var proxy = new LoopbackProxy(server.Url);
        var store = new ClientConfigStore(Path.Combine(config.Path, "config.json"));
        await using var fay = await LeagueConnection.OpenAsync(proxy.Url, "Fay", store, CancellationToken.None);
        await fay.CallAsync(hub => hub.ClaimFacilitator(Key));
        var created = await fay.CallAsync(hub => hub.CreateLeague("Night shift"));

        proxy.Cut();
        await Poll.UntilAsync(() => !fay.IsConnected, TimeSpan.FromSeconds(10), "the client to see its connection drop");
        fay.ReconnectLimit = TimeSpan.FromSeconds(1);
        var refused = await Assert.ThrowsAsync<LeagueRefusedException>(() => fay.CallAsync(hub => hub.GetLeague(created.Code)));
        Assert.Equal($"lost the connection to the server at {proxy.Url} and it did not come back within 1 s", refused.Message);

        fay.ReconnectLimit = LeagueConnection.DefaultReconnectLimit;
        var shown = fay.CallAsync(hub => hub.GetLeague(created.Code));
        Assert.False(shown.IsCompleted);
        proxy.Mend();

        Assert.Equal("Night shift", (await shown).Name);
    }

    private static (int Exit, string Out) Out((int Exit, string Out, string Err) run) => (run.Exit, run.Out.ReplaceLineEndings("\n"));

    [Fact]
    public async Task the_teamdrill_executable_has_the_league_command_with_its_exit_codes()
    {
        using var config = new TempFolder("teamdrill-config");
        var (usage, _, usageErr) = await RunProcess(config.Path, "league", "standings");
        Assert.Equal(2, usage);
        Assert.StartsWith("! Required argument 'CODE' missing", usageErr);

        var (unreachable, _, unreachableErr) = await RunProcess(config.Path, "league", "show", "ABCDEF", "--server", "http://127.0.0.1:9", "--name", "Fay");
        Assert.Equal(1, unreachable);
        Assert.StartsWith("! cannot reach the server at http://127.0.0.1:9", unreachableErr);
    }

    [Fact]
    public async Task the_teamdrill_executable_previews_rounds_as_csv_and_refuses_a_bad_rounds_value_as_usage()
    {
        using var data = new TempFolder();
        using var config = new TempFolder("teamdrill-config");
        await using var server = await InProcessServer.StartAsync(data.Path, "--facilitator-key", Key);
        Task<(int Exit, string Out, string Err)> Fay(params string[] args) =>
            RunProcess(config.Path, ["league", .. args, "--server", server.Url, "--name", "Fay"]);

        var created = await Fay("create", "Night shift", "--facilitator-key", Key, "--format", "csv");
        Assert.Equal((0, ""), (created.Exit, created.Err));
        var code = created.Out.Split("\r\n")[1].Split(',')[0];
        var players = new List<TestPlayer>();
        foreach (var name in new[] { "Ana", "Ben", "Cy" })
        {
            var player = await TestPlayer.SignInAsync(server.Url, name);
            await player.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.JoinLeague), code);
            players.Add(player);
        }

        try
        {
            Assert.Equal(0, (await Fay("season", "start", code, "--room-size", "3")).Exit);
            var preview = await Fay("round", "preview", code, "--rounds", "2", "--format", "csv");
            Assert.Equal((0, ""), (preview.Exit, preview.Err));
            var lines = preview.Out.Split("\r\n");
            Assert.Equal("Round,Room,Agent,Customer,Scorers,Card", lines[0]);
            Assert.Equal(4, lines.Length);
            Assert.Equal("", lines[3]);
            var (first, second) = (lines[1].Split(','), lines[2].Split(','));
            Assert.Equal(("1", "1", 6), (first[0], first[1], first.Length));
            Assert.Equal(("2", "1", ""), (second[0], second[1], second[5]));
            Assert.NotEqual("", first[5]);
            Assert.Equal(["Ana", "Ben", "Cy"], new[] { first[2], first[3], first[4] }.Order());
            Assert.Equal(["Ana", "Ben", "Cy"], new[] { second[2], second[3], second[4] }.Order());
            Assert.NotEqual(first[2], second[2]);

            var table = await Fay("round", "preview", code, "--rounds", "2");
            Assert.Equal(0, table.Exit);
            Assert.StartsWith("preview of season 1, rounds 1 to 2: nothing is started or saved\n", table.Out);
            Assert.Contains("Cards are shown for round 1 only", table.Out);

            foreach (var bad in new[] { "0", "11" })
            {
                var refused = await Fay("round", "preview", code, "--rounds", bad);
                Assert.Equal((2, ""), (refused.Exit, refused.Out));
                Assert.StartsWith($"! --rounds must be 1 to 10, not {bad}\n", refused.Err.ReplaceLineEndings("\n"));
            }

            Assert.Equal(2, (await Fay("round", "preview", code, "--rounds", "many")).Exit);

            // The preview started nothing: the league still has no round.
            var shown = await Fay("show", code);
            Assert.Contains("season 1, rooms of 3, 0 rounds", shown.Out);
        }
        finally
        {
            foreach (var player in players)
            {
                await player.DisposeAsync();
            }
        }
    }

    private static async Task<(int Exit, string Out, string Err)> RunProcess(string configHome, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "teamdrill.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["XDG_CONFIG_HOME"] = configHome;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
