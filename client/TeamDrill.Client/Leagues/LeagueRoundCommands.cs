using System.CommandLine;
using System.Globalization;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Leagues;

/// <summary><c>league round start|preview|show|close</c> and <c>league assignments</c>: running the rounds.</summary>
public static class LeagueRoundCommands
{
    public static void AddTo(Command league, LeagueCommandFactory make)
    {
        var round = LeagueCommandFactory.Group("round", "Rounds: preview the next ones, start one, watch it, close it");

        var startCode = LeagueArguments.Code();
        round.Subcommands.Add(make.Leaf("start", "Plan the next round from the members present and start its drills", async run =>
        {
            var started = await run.CallAsync(hub => hub.StartRound(run.Value(startCode)));
            await run.PrintAsync(started, LeagueRoundText.Round(started, run.Format));
        }, startCode));

        var previewCode = LeagueArguments.Code();
        var ahead = RoundsAhead();
        round.Subcommands.Add(make.Leaf("preview", "Show the next rounds' drills (and the first one's cards) without starting anything", async run =>
        {
            var preview = await run.CallAsync(hub => hub.PreviewRounds(run.Value(previewCode), run.Value(ahead)));
            await run.PrintAsync(preview, run.Format == "table"
                ? LeagueRoundText.PreviewText(preview)
                : LeagueTableText.Render(LeagueRoundText.PreviewTable(preview), run.Format));
        }, previewCode, ahead));

        var showCode = LeagueArguments.Code();
        var number = new Option<int>("--round") { Description = "round number (default: the latest)", DefaultValueFactory = _ => 0 };
        round.Subcommands.Add(make.Leaf("show", "Which drills run, which wait, which are scored", async run =>
        {
            var shown = await run.CallAsync(hub => hub.GetRound(run.Value(showCode), run.Value(number)));
            await run.PrintAsync(shown, LeagueRoundText.Round(shown, run.Format));
        }, showCode, number));

        var closeCode = LeagueArguments.Code();
        round.Subcommands.Add(make.Leaf("close", "Close the latest round: rate it and add it to the standings", async run =>
        {
            var closed = await run.CallAsync(hub => hub.CloseRound(run.Value(closeCode)));
            await run.PrintAsync(closed, LeagueRoundText.Round(closed, run.Format));
        }, closeCode));
        league.Subcommands.Add(round);

        var mineCode = LeagueArguments.Code();
        league.Subcommands.Add(make.Leaf("assignments", "My drills in the league's latest round", async run =>
        {
            var mine = await run.CallAsync(hub => hub.MyAssignments(run.Value(mineCode)));
            var table = LeagueTableText.Of("assignments", ["Round", "Room code", "Role", "Agent", "Customer", "Status"],
                mine.Select(a => (IReadOnlyList<string>)[LeagueRoundText.Number(a.Round), a.RoomCode, DisplayText.Role(a.Role), a.AgentName, a.CustomerName, a.Status]), 0);
            await run.PrintAsync(mine, LeagueTableText.Render(table, run.Format));
        }, mineCode));
    }

    private static Option<int> RoundsAhead()
    {
        var ahead = new Option<int>("--rounds") { Description = $"how many rounds to look ahead, 1 to {LeaguePreviewView.MaxRounds} (default 1)", DefaultValueFactory = _ => 1 };
        ahead.Validators.Add(result =>
        {
            // A value that is not a number already has its parse error; reading it here would throw.
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                && n is < 1 or > LeaguePreviewView.MaxRounds)
            {
                result.AddError($"--rounds must be 1 to {LeaguePreviewView.MaxRounds}, not {LeagueRoundText.Number(n)}");
            }
        });
        return ahead;
    }
}
