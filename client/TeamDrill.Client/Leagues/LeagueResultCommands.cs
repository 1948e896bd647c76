using System.CommandLine;
using TeamDrill.Client.Text;

namespace TeamDrill.Client.Leagues;

/// <summary><c>league standings</c> and <c>league export</c>: what the season has come to.</summary>
public static class LeagueResultCommands
{
    public static void AddTo(Command league, LeagueCommandFactory make)
    {
        var standingsCode = LeagueArguments.Code();
        var which = new Option<string?>("--table") { Description = "standings, judges, fidelity or cards (table format: all of them)" };
        which.AcceptOnlyFromAmong("standings", "judges", "fidelity", "cards");
        league.Subcommands.Add(make.Leaf("standings", "League points with ratings (r ± 2RD), judges' and fidelity tables, card ratings", async run =>
        {
            var standings = await run.CallAsync(hub => hub.GetStandings(run.Value(standingsCode)));
            var chosen = run.Parsed.GetValue(which);
            if (run.Format == "table" && chosen is null)
            {
                await run.Output.WriteAsync($"season {standings.Season}, {standings.RoundsClosed} round{(standings.RoundsClosed == 1 ? "" : "s")} closed\n");
                await run.Output.WriteAsync($"panel agreement over the season (Krippendorff's alpha, the figure to trust; {standings.SeasonOrdinalAlpha.PairableValues} paired values): ordinal {DisplayText.Alpha(standings.SeasonOrdinalAlpha)}, interval {DisplayText.Alpha(standings.SeasonIntervalAlpha)}\n");
                foreach (var table in standings.Tables)
                {
                    await run.Output.WriteAsync($"\n{table.Name}\n{LeagueTableText.Render(table, "table")}");
                }

                return;
            }

            await run.Output.WriteAsync(LeagueTableText.Render(standings.Tables.Single(t => t.Name == (chosen ?? "standings")), run.Format));
        }, standingsCode, which));

        var exportCode = LeagueArguments.Code();
        var what = new Argument<string>("WHAT") { Description = "standings, judges, fidelity, profiles, calibration (latest closed round) or cards" };
        var outFile = new Option<string?>("--out") { Description = "write to this file instead of the terminal" };
        league.Subcommands.Add(make.Leaf("export", "Export a table as csv, md (Markdown; what --format table means here) or json", async run =>
        {
            var text = await run.CallAsync(hub => hub.ExportLeague(run.Value(exportCode), run.Value(what), run.Format == "table" ? "md" : run.Format));
            if (run.Parsed.GetValue(outFile) is not { } path)
            {
                await run.Output.WriteAsync(text);
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

            await run.Output.WriteLineAsync($"wrote {path}");
        }, exportCode, what, outFile));
    }
}
