using System.Globalization;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Ratings;
using TeamDrill.Shared.Scoring;

namespace TeamDrill.Shared.Leagues;

/// <summary>
/// The league's tables from its stored rounds: plain functions over <see cref="LeagueState"/> that call
/// the pure core (<see cref="LeagueTables"/>, <see cref="SkillProfile"/>, <see cref="LeagueExports"/>).
/// Only closed rounds of the current season count.
/// </summary>
public static class LeagueReports
{
    public static RatingTables Ratings(LeagueState state) => new(
        state.AgentRatings.ToDictionary(r => r.Key, r => r.Value.ToRating(), StringComparer.Ordinal),
        state.CardRatings.ToDictionary(r => r.Key, r => r.Value.ToRating(), StringComparer.Ordinal));

    public static IEnumerable<LeagueRoundState> ClosedRounds(LeagueState state) =>
        state.Rounds.Where(r => r.Season == state.Season && r.Closed);

    /// <summary>Krippendorff's alpha over every scored drill of the season's closed rounds (units: drill × criterion).</summary>
    public static PanelAgreement SeasonAgreement(LeagueState state)
    {
        var results = Scored(state).Select(s => s.Result).ToList();
        var criteria = results.SelectMany(r => r.CriterionIds).Distinct(StringComparer.Ordinal).ToList();
        return PanelAgreement.ForDrills(criteria, results.Select(r => (IReadOnlyList<RubricSheet>)r.Sheets));
    }

    public static string NameOf(LeagueState state, string playerId) =>
        state.Members.FirstOrDefault(m => m.PlayerId == playerId)?.Name ?? playerId;

    private static IEnumerable<(LeagueRoundState Round, LeagueDrillState Drill, LeagueDrillResult Result)> Scored(LeagueState state) =>
        ClosedRounds(state).SelectMany(r => r.Drills.Where(d => d.Result is not null).Select(d => (r, d, d.Result!)));

    private static string DrillId(LeagueRoundState round, LeagueDrillState drill) => $"{round.Season}.{round.Number}.{drill.Room}";

    public static IReadOnlyList<StandingRow> Standings(LeagueState state) =>
        LeagueTables.Standings(
            Scored(state).Where(s => s.Result.AgentScore is not null)
                .Select(s => new AgentDrillScore(s.Drill.AgentId, NameOf(state, s.Drill.AgentId), DrillId(s.Round, s.Drill), s.Result.AgentScore!.Value))
                .ToList(),
            Ratings(state));

    public static IReadOnlyList<JudgeRow> Judges(LeagueState state) =>
        LeagueTables.Judges(
            Scored(state).SelectMany(s => s.Result.Calibration.Where(c => c.Distance is not null)
                .Select(c => new JudgeDistance(c.ScorerId, NameOf(state, c.ScorerId), DrillId(s.Round, s.Drill), c.Distance!.Value)))
                .ToList());

    public static IReadOnlyList<FidelityRow> Fidelity(LeagueState state) =>
        LeagueTables.Fidelity(
            Scored(state).SelectMany(s => s.Result.Fidelity
                .Select(f => new FidelityScore(s.Drill.CustomerId, NameOf(state, s.Drill.CustomerId), DrillId(s.Round, s.Drill), f.Score)))
                .ToList());

    public static IReadOnlyList<SkillProfile> Profiles(LeagueState state)
    {
        var scored = Scored(state).ToList();
        return scored
            .Select((s, order) => (s.Drill.AgentId, Order: order, s.Result))
            .GroupBy(s => s.AgentId, StringComparer.Ordinal)
            .OrderBy(g => NameOf(state, g.Key), StringComparer.Ordinal)
            .Select(g => SkillProfile.Build(
                g.Key,
                NameOf(state, g.Key),
                g.SelectMany(s => s.Result.Consensus.Select(c => new CriterionScore(s.Order, c.Key, c.Value))).ToList()))
            .ToList();
    }

    public static ExportTable CardsTable(LeagueState state, IReadOnlyDictionary<string, string> titles)
    {
        var played = state.Rounds.SelectMany(r => r.Drills).Where(d => d.Result is not null)
            .GroupBy(d => d.CardId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = state.CardRatings
            .OrderByDescending(c => c.Value.Rating)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (IReadOnlyList<string>)
            [
                c.Key, titles.GetValueOrDefault(c.Key, ""), c.Value.ToRating().Display(),
                played.GetValueOrDefault(c.Key).ToString(CultureInfo.InvariantCulture),
            ])
            .ToList();
        return new ExportTable(["Card", "Title", "Rating", "Drills"], [false, false, false, true], rows);
    }

    /// <summary>The latest closed round's calibration report: each scorer's distance from the leave-one-out consensus, per drill.</summary>
    public static ExportTable CalibrationTable(LeagueState state, LeagueRoundState round)
    {
        var rows = round.Drills.Where(d => d.Result is not null)
            .SelectMany(d => d.Result!.Calibration.Select(c => (IReadOnlyList<string>)
            [
                round.Number.ToString(CultureInfo.InvariantCulture), d.Room.ToString(CultureInfo.InvariantCulture), d.RoomCode,
                c.ScorerId, NameOf(state, c.ScorerId), Two(c.Distance), Two(c.Bias), c.Leaning,
            ]))
            .ToList();
        return new ExportTable(
            ["Round", "Room", "Room code", "Scorer", "Name", "Distance", "Bias", "Leaning"],
            [true, true, false, false, false, true, true, false],
            rows);
    }

    public static string AgreementLine(LeagueRoundState round) =>
        round.AgreementAlpha is double alpha
            ? $"Panel agreement over round {round.Number} (Krippendorff's alpha, ordinal, pooled over the round's drills: the figure to trust, where one drill's is indicative): {alpha.ToString("0.000", CultureInfo.InvariantCulture)}"
            : $"Panel agreement over round {round.Number}: not enough data ({round.AgreementReason})";

    /// <summary>Plain lists only: collection expressions make compiler-generated list types that the grain-call serializer can't send between processes.</summary>
    public static LeagueTableView View(string name, ExportTable table) => new()
    {
        Name = name,
        Headers = table.Headers.ToList(),
        Numeric = table.Numeric.ToList(),
        Rows = table.Rows.Select(r => (IReadOnlyList<string>)r.ToList()).ToList(),
    };

    private static string Two(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}
