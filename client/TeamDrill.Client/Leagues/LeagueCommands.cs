using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TeamDrill.Client.LineMode;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Leagues;

/// <summary>
/// <c>teamdrill league claim|create|join|show|members|group|presence|season start|round start|round preview|round show|round close|standings|export|assignments</c>:
/// the facilitator's scriptable commands. Exit 0 on success, 1 when the server refuses (<c>! reason</c> on stderr), 2 on bad usage.
/// </summary>
public static class LeagueCommands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The <c>league</c> subcommand for Program: it hands its own tokens to <see cref="RunAsync"/>, which owns parsing and exit codes.</summary>
    public static Command Build()
    {
        var rest = new Argument<string[]>("ARGS") { Arity = ArgumentArity.ZeroOrMore, Description = "a league command; run 'teamdrill league' to list them" };
        var command = new Command("league", "Facilitator commands for leagues: create, members, seasons, rounds, standings, exports")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Arguments.Add(rest);

        // --help anywhere after "league" goes to the league parser too, so "league round --help" shows the round commands.
        command.Options.Add(new System.CommandLine.Help.HelpOption("--help", "-h", "-?") { Action = new LeagueHelpAction() });
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(LeagueTokens(parseResult), Console.Out, Console.Error, ClientConfigStore.ForCurrentUser(), cancellationToken));
        return command;
    }

    private static List<string> LeagueTokens(ParseResult parseResult)
    {
        var tokens = parseResult.Tokens.Select(t => t.Value).ToList();
        return tokens.Skip(tokens.IndexOf("league") + 1).ToList();
    }

    private sealed class LeagueHelpAction : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var tokens = LeagueTokens(parseResult);
            var help = Tree(Console.Out, Console.Error, ClientConfigStore.ForCurrentUser()).Parse(tokens.ToArray());
            return help.Invoke(new InvocationConfiguration { Output = Console.Out, Error = Console.Error });
        }
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, ClientConfigStore store, CancellationToken cancellationToken = default)
    {
        var root = Tree(output, error, store);
        if (args.Count == 0)
        {
            await root.Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
            return 2;
        }

        var result = root.Parse(args.ToArray());
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                await error.WriteLineAsync($"! {parseError.Message}");
            }

            await error.WriteLineAsync("! run 'teamdrill league --help' for the commands");
            return 2;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static RootCommand Tree(TextWriter output, TextWriter error, ClientConfigStore store)
    {
        var server = new Option<string?>("--server") { Description = $"server address (default: the last one used, else {ConsoleClient.DefaultServer})", Recursive = true };
        var name = new Option<string?>("--name") { Description = "your display name (default: the last one used)", Recursive = true };
        var format = new Option<string>("--format") { Description = "table (default), csv or json; export also takes md", DefaultValueFactory = _ => "table", Recursive = true };
        var root = new RootCommand("teamdrill league: run leagues from the command line") { server, name, format };

        var code = () => new Argument<string>("CODE") { Description = "the league code (also its join code)" };

        Command Leaf(string verb, string description, Func<ParseResult, LeagueConnection, string, Task> act, params Symbol[] symbols)
        {
            var command = new Command(verb, description);
            foreach (var symbol in symbols)
            {
                switch (symbol)
                {
                    case Argument argument:
                        command.Arguments.Add(argument);
                        break;
                    case Option option:
                        command.Options.Add(option);
                        break;
                }
            }

            command.SetAction(async (parseResult, cancellationToken) =>
            {
                var shape = (parseResult.GetValue(format) ?? "table").Trim().ToLowerInvariant();
                if (shape is not ("table" or "csv" or "json") && !(shape == "md" && verb == "export"))
                {
                    await error.WriteLineAsync($"! --format must be table, csv or json{(verb == "export" ? " (or md)" : "")}, not '{DisplayText.Clean(shape)}'");
                    return 2;
                }

                try
                {
                    await using var connection = await LeagueConnection.OpenAsync(parseResult.GetValue(server), parseResult.GetValue(name), store, cancellationToken);
                    await act(parseResult, connection, shape);
                    return 0;
                }
                catch (LeagueUsageException e)
                {
                    await error.WriteLineAsync($"! {e.Message}");
                    return 2;
                }
                catch (LeagueRefusedException e)
                {
                    await error.WriteLineAsync($"! {e.Message}");
                    return 1;
                }
            });
            return command;
        }

        async Task Print(string shape, object dto, string table)
        {
            await output.WriteAsync(shape == "json" ? JsonSerializer.Serialize(dto, Json) + "\n" : table);
        }

        // claim
        var key = new Argument<string>("KEY") { Description = "the server's facilitator key" };
        root.Subcommands.Add(Leaf("claim", "Become a facilitator with the server's facilitator key", async (r, c, shape) =>
        {
            await c.Call(nameof(ILeagueHub.ClaimFacilitator), r.GetValue(key));
            await Print(shape, new { facilitator = c.Identity.Name }, $"{DisplayText.Clean(c.Identity.Name)} is now a facilitator\n");
        }, key));

        // create
        var leagueName = new Argument<string>("NAME") { Description = "the league's name" };
        var createKey = new Option<string?>("--facilitator-key") { Description = "claim the facilitator key first (once per player)" };
        root.Subcommands.Add(Leaf("create", "Create a league and print its join code", async (r, c, shape) =>
        {
            if (r.GetValue(createKey) is { } k)
            {
                await c.Call(nameof(ILeagueHub.ClaimFacilitator), k);
            }

            var league = await c.Call<LeagueView>(nameof(ILeagueHub.CreateLeague), r.GetValue(leagueName));
            await Print(shape, league, shape == "csv"
                ? LeagueTableText.Render(LeagueTableText.Of("league", ["Code", "Name"], [[league.Code, league.Name]]), "csv")
                : $"league {league.Code} created: {DisplayText.Clean(league.Name)}\nshare the join code {league.Code} with your members\n");
        }, leagueName, createKey));

        // join
        var joinCode = code();
        root.Subcommands.Add(Leaf("join", "Join a league with its join code", async (r, c, shape) =>
        {
            var league = await c.Call<LeagueView>(nameof(ILeagueHub.JoinLeague), r.GetValue(joinCode));
            await Print(shape, league, $"joined league {league.Code}: {DisplayText.Clean(league.Name)}\n");
        }, joinCode));

        // show
        var showCode = code();
        root.Subcommands.Add(Leaf("show", "The league and its latest round, drill by drill (running, waiting, scored)", async (r, c, shape) =>
        {
            var league = await c.Call<LeagueView>(nameof(ILeagueHub.GetLeague), r.GetValue(showCode));
            var round = league.Rounds > 0 ? await c.Call<LeagueRoundView>(nameof(ILeagueHub.GetRound), league.Code, 0) : null;
            var table = round is null ? "" : LeagueTableText.Render(DrillsTable(round), shape);
            await Print(shape, new { league, round }, shape == "csv" ? table : Summary(league) + (round is null ? "" : RoundLine(round) + table));
        }, showCode));

        // members
        var membersCode = code();
        root.Subcommands.Add(Leaf("members", "Who joined, their group, and whether they are present, absent (next round) or away", async (r, c, shape) =>
        {
            var league = await c.Call<LeagueView>(nameof(ILeagueHub.GetLeague), r.GetValue(membersCode));
            var table = LeagueTableText.Of("members", ["Name", "Member", "Group", "Presence"],
                league.Members.Select(m => (IReadOnlyList<string>)[m.Name, m.PlayerId, m.Group, LeaguePresenceWords.Describe(m.Presence)]));
            await output.WriteAsync(LeagueTableText.Render(table, shape));
        }, membersCode));

        // group / presence
        var groupCode = code();
        var groupMember = new Argument<string>("MEMBER") { Description = "a member's name or id" };
        var groupName = new Argument<string>("GROUP") { Description = "team or division name (\"\" for none)" };
        root.Subcommands.Add(Leaf("group", "Put a member in a team or division", async (r, c, shape) =>
        {
            await c.Call(nameof(ILeagueHub.SetGroup), r.GetValue(groupCode), r.GetValue(groupMember), r.GetValue(groupName) ?? "");
            await Print(shape, new { member = r.GetValue(groupMember), group = r.GetValue(groupName) }, $"{DisplayText.Clean(r.GetValue(groupMember))} is in group '{DisplayText.Clean(r.GetValue(groupName))}'\n");
        }, groupCode, groupMember, groupName));

        var presenceCode = code();
        var presenceMember = new Argument<string>("MEMBER") { Description = "a member's name or id" };
        var presenceState = new Argument<string>("STATE") { Description = LeaguePresenceWords.Allowed };
        presenceState.AcceptOnlyFromAmong([.. LeaguePresenceWords.Words]);
        root.Subcommands.Add(Leaf("presence", "Mark a member present, absent for the next round, or away until marked present", async (r, c, shape) =>
        {
            var presence = r.GetValue(presenceState)!;
            await c.Call(nameof(ILeagueHub.SetPresence), r.GetValue(presenceCode), r.GetValue(presenceMember), presence);
            var said = LeaguePresenceWords.Sentence(LeaguePresenceWords.Parse(presence) ?? LeaguePresence.Present);
            await Print(shape, new { member = r.GetValue(presenceMember), presence }, $"{DisplayText.Clean(r.GetValue(presenceMember))} is {said}\n");
        }, presenceCode, presenceMember, presenceState));

        // season start
        var seasonCode = code();
        var roomSize = new Option<int>("--room-size") { Description = "people per drill, 3 to 12 (default 4: customer, agent, two scorers)", DefaultValueFactory = _ => 4 };
        var season = new Command("season", "Seasons");
        season.Subcommands.Add(Leaf("start", "Start a new season", async (r, c, shape) =>
        {
            var league = await c.Call<LeagueView>(nameof(ILeagueHub.StartSeason), r.GetValue(seasonCode), r.GetValue(roomSize));
            await Print(shape, league, $"season {league.Season} of {DisplayText.Clean(league.Name)} started, rooms of {league.RoomSize}\n");
        }, seasonCode, roomSize));
        root.Subcommands.Add(season);

        // round start|show|close
        var round = new Command("round", "Rounds: preview the next ones, start one, watch it, close it");
        var startCode = code();
        round.Subcommands.Add(Leaf("start", "Plan the next round from the members present and start its drills", async (r, c, shape) =>
        {
            var view = await c.Call<LeagueRoundView>(nameof(ILeagueHub.StartRound), r.GetValue(startCode));
            await Print(shape, view, (shape == "table" ? RoundLine(view) : "") + LeagueTableText.Render(DrillsTable(view), shape));
        }, startCode));
        var previewCode = code();
        var ahead = new Option<int>("--rounds") { Description = $"how many rounds to look ahead, 1 to {LeaguePreviewView.MaxRounds} (default 1)", DefaultValueFactory = _ => 1 };
        ahead.Validators.Add(result =>
        {
            // A value that is not a number already has its parse error; reading it here would throw.
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                && n is < 1 or > LeaguePreviewView.MaxRounds)
            {
                result.AddError($"--rounds must be 1 to {LeaguePreviewView.MaxRounds}, not {Number(n)}");
            }
        });
        round.Subcommands.Add(Leaf("preview", "Show the next rounds' drills (and the first one's cards) without starting anything", async (r, c, shape) =>
        {
            var view = await c.Call<LeaguePreviewView>(nameof(ILeagueHub.PreviewRounds), r.GetValue(previewCode), r.GetValue(ahead));
            await Print(shape, view, shape == "table" ? PreviewText(view) : LeagueTableText.Render(PreviewTable(view), shape));
        }, previewCode, ahead));
        var watchCode = code();
        var number = new Option<int>("--round") { Description = "round number (default: the latest)", DefaultValueFactory = _ => 0 };
        round.Subcommands.Add(Leaf("show", "Which drills run, which wait, which are scored", async (r, c, shape) =>
        {
            var view = await c.Call<LeagueRoundView>(nameof(ILeagueHub.GetRound), r.GetValue(watchCode), r.GetValue(number));
            await Print(shape, view, (shape == "table" ? RoundLine(view) : "") + LeagueTableText.Render(DrillsTable(view), shape));
        }, watchCode, number));
        var closeCode = code();
        round.Subcommands.Add(Leaf("close", "Close the latest round: rate it and add it to the standings", async (r, c, shape) =>
        {
            var view = await c.Call<LeagueRoundView>(nameof(ILeagueHub.CloseRound), r.GetValue(closeCode));
            await Print(shape, view, (shape == "table" ? RoundLine(view) : "") + LeagueTableText.Render(DrillsTable(view), shape));
        }, closeCode));
        root.Subcommands.Add(round);

        // standings
        var standingsCode = code();
        var which = new Option<string?>("--table") { Description = "standings, judges, fidelity or cards (table format: all of them)" };
        which.AcceptOnlyFromAmong("standings", "judges", "fidelity", "cards");
        root.Subcommands.Add(Leaf("standings", "League points with ratings (r ± 2RD), judges' and fidelity tables, card ratings", async (r, c, shape) =>
        {
            var standings = await c.Call<LeagueStandingsView>(nameof(ILeagueHub.GetStandings), r.GetValue(standingsCode));
            var chosen = r.GetValue(which);
            if (shape == "table" && chosen is null)
            {
                await output.WriteAsync($"season {standings.Season}, {standings.RoundsClosed} round{(standings.RoundsClosed == 1 ? "" : "s")} closed\n");
                await output.WriteAsync($"panel agreement over the season (Krippendorff's alpha): ordinal {DisplayText.Alpha(standings.SeasonOrdinalAlpha)}, interval {DisplayText.Alpha(standings.SeasonIntervalAlpha)}\n");
                foreach (var table in standings.Tables)
                {
                    await output.WriteAsync($"\n{table.Name}\n{LeagueTableText.Render(table, "table")}");
                }

                return;
            }

            await output.WriteAsync(LeagueTableText.Render(standings.Tables.Single(t => t.Name == (chosen ?? "standings")), shape));
        }, standingsCode, which));

        // export
        var exportCode = code();
        var what = new Argument<string>("WHAT") { Description = "standings, judges, fidelity, profiles, calibration (latest closed round) or cards" };
        var outFile = new Option<string?>("--out") { Description = "write to this file instead of the terminal" };
        root.Subcommands.Add(Leaf("export", "Export a table as csv, md (Markdown; what --format table means here) or json", async (r, c, shape) =>
        {
            var text = await c.Call<string>(nameof(ILeagueHub.ExportLeague), r.GetValue(exportCode), r.GetValue(what), shape == "table" ? "md" : shape);
            if (r.GetValue(outFile) is not { } path)
            {
                await output.WriteAsync(text);
                return;
            }

            try
            {
                await File.WriteAllTextAsync(path, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new LeagueRefusedException($"cannot write {path}: {e.Message}");
            }

            await output.WriteLineAsync($"wrote {path}");
        }, exportCode, what, outFile));

        // assignments
        var mineCode = code();
        root.Subcommands.Add(Leaf("assignments", "My drills in the league's latest round", async (r, c, shape) =>
        {
            var mine = await c.Call<IReadOnlyList<LeagueAssignmentView>>(nameof(ILeagueHub.MyAssignments), r.GetValue(mineCode));
            var table = LeagueTableText.Of("assignments", ["Round", "Room code", "Role", "Agent", "Customer", "Status"],
                mine.Select(a => (IReadOnlyList<string>)[Number(a.Round), a.RoomCode, DisplayText.Role(a.Role), a.AgentName, a.CustomerName, a.Status]), 0);
            await Print(shape, mine, LeagueTableText.Render(table, shape));
        }, mineCode));

        return root;
    }

    private static LeagueTableView DrillsTable(LeagueRoundView round) => LeagueTableText.Of(
        "drills",
        ["Room", "Room code", "Status", "Agent", "Customer", "Scorers", "Card", "Points"],
        round.Drills.Select(d => (IReadOnlyList<string>)
        [
            Number(d.Room), d.RoomCode, d.Status, d.AgentName, d.CustomerName, string.Join("; ", d.ScorerNames), d.CardId,
            d.Points is int p ? Number(p) : "",
        ]),
        0, 7);

    /// <summary>Every previewed drill, one row each; only the first round's drills have a card.</summary>
    private static LeagueTableView PreviewTable(LeaguePreviewView preview) => LeagueTableText.Of(
        "preview",
        ["Round", "Room", "Agent", "Customer", "Scorers", "Card"],
        preview.Rounds.SelectMany(round => round.Drills.Select(d => (IReadOnlyList<string>)
        [
            Number(round.Number), Number(d.Room), d.AgentName, d.CustomerName, string.Join("; ", d.ScorerNames), d.CardId,
        ])),
        0, 1);

    private static string PreviewText(LeaguePreviewView preview)
    {
        var (first, last) = (preview.Rounds[0].Number, preview.Rounds[^1].Number);
        var text = new System.Text.StringBuilder(
            $"preview of season {preview.Season}, {(first == last ? $"round {first}" : $"rounds {first} to {last}")}: nothing is started or saved\n");
        foreach (var round in preview.Rounds)
        {
            var absent = round.Absent.Count == 0 ? "" : $"; absent: {string.Join(", ", round.Absent.Select(DisplayText.Clean))}";
            if (round.Drills.Count == 0)
            {
                text.Append($"\nround {round.Number}: no drills, fewer than 3 members present{absent}\n");
                continue;
            }

            var withCards = round.Drills.Any(d => d.CardId.Length > 0);
            var drills = LeagueTableText.Of(
                "drills",
                withCards ? ["Room", "Agent", "Customer", "Scorers", "Card"] : ["Room", "Agent", "Customer", "Scorers"],
                round.Drills.Select(d => (IReadOnlyList<string>)(withCards
                    ? [Number(d.Room), d.AgentName, d.CustomerName, string.Join("; ", d.ScorerNames), $"{d.CardId} ({d.CardTitle})"]
                    : [Number(d.Room), d.AgentName, d.CustomerName, string.Join("; ", d.ScorerNames)])),
                0);
            text.Append($"\nround {round.Number}{absent}\n").Append(LeagueTableText.Render(drills, "table"));
        }

        if (preview.Note.Length > 0)
        {
            text.Append('\n').Append(DisplayText.Clean(preview.Note)).Append('\n');
        }

        return text.ToString();
    }

    private static string Summary(LeagueView league) =>
        $"league {league.Code}: {DisplayText.Clean(league.Name)} (facilitator {DisplayText.Clean(league.FacilitatorName)})\n"
        + $"{league.Members.Count} members, {league.Members.Count(m => m.Presence == LeaguePresence.Absent)} absent next round, "
        + $"{league.Members.Count(m => m.Presence == LeaguePresence.Away)} away; "
        + (league.Season == 0 ? "no season yet\n" : $"season {league.Season}, rooms of {league.RoomSize}, {league.Rounds} round{(league.Rounds == 1 ? "" : "s")}\n");

    private static string RoundLine(LeagueRoundView round)
    {
        var line = $"round {round.Number} of season {round.Season}: {(round.Closed ? "closed" : "open")}";
        if (round.Absent.Count > 0)
        {
            line += $"; absent: {string.Join(", ", round.Absent.Select(DisplayText.Clean))}";
        }

        if (round.Agreement is { } agreement)
        {
            line += agreement.Alpha is double alpha
                ? $"; panel agreement (ordinal alpha) {alpha.ToString("0.000", CultureInfo.InvariantCulture)}"
                : $"; panel agreement: not enough data";
        }

        return line + "\n";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
