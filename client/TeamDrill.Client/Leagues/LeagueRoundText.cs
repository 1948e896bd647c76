using System.Globalization;
using System.Text;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Leagues;

/// <summary>How the league commands lay out a league, its rounds and a preview as text and tables.</summary>
public static class LeagueRoundText
{
    public static LeagueTableView DrillsTable(LeagueRoundView round) => LeagueTableText.Of(
        "drills",
        ["Room", "Room code", "Status", "Agent", "Customer", "Scorers", "Card", "Points"],
        round.Drills.Select(d => (IReadOnlyList<string>)
        [
            Number(d.Room), d.RoomCode, d.Status, d.AgentName, d.CustomerName, string.Join("; ", d.ScorerNames), d.CardId,
            d.Points is int p ? Number(p) : "",
        ]),
        0, 7);

    /// <summary>The round line (table format only) and its drills.</summary>
    public static string Round(LeagueRoundView round, string format) =>
        (format == "table" ? RoundLine(round) : "") + LeagueTableText.Render(DrillsTable(round), format);

    /// <summary>Every previewed drill, one row each; only the first round's drills have a card.</summary>
    public static LeagueTableView PreviewTable(LeaguePreviewView preview) => LeagueTableText.Of(
        "preview",
        ["Round", "Room", "Agent", "Customer", "Scorers", "Card"],
        preview.Rounds.SelectMany(round => round.Drills.Select(d => (IReadOnlyList<string>)
        [
            Number(round.Number), Number(d.Room), d.AgentName, d.CustomerName, string.Join("; ", d.ScorerNames), d.CardId,
        ])),
        0, 1);

    public static string PreviewText(LeaguePreviewView preview)
    {
        var (first, last) = (preview.Rounds[0].Number, preview.Rounds[^1].Number);
        var text = new StringBuilder(
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

    public static string Summary(LeagueView league) =>
        $"league {league.Code}: {DisplayText.Clean(league.Name)} (facilitator {DisplayText.Clean(league.FacilitatorName)})\n"
        + $"{league.Members.Count} members, {league.Members.Count(m => m.Presence == LeaguePresence.Absent)} absent next round, "
        + $"{league.Members.Count(m => m.Presence == LeaguePresence.Away)} away; "
        + (league.Season == 0 ? "no season yet\n" : $"season {league.Season}, rooms of {league.RoomSize}, {league.Rounds} round{(league.Rounds == 1 ? "" : "s")}\n");

    public static string RoundLine(LeagueRoundView round)
    {
        var line = $"round {round.Number} of season {round.Season}: {(round.Closed ? "closed" : "open")}";
        if (round.Absent.Count > 0)
        {
            line += $"; absent: {string.Join(", ", round.Absent.Select(DisplayText.Clean))}";
        }

        if (round.Agreement is { } agreement)
        {
            line += agreement.Alpha is double alpha
                ? $"; panel agreement over the round (ordinal alpha, the figure to trust) {alpha.ToString("0.000", CultureInfo.InvariantCulture)}"
                : $"; panel agreement: not enough data";
        }

        return line + "\n";
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
