using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;

namespace TeamDrill.Shared.Leagues;

/// <summary>Standings and exports for members and the facilitator: the tables come from <see cref="LeagueReports"/>.</summary>
public sealed partial class League
{
    /// <summary>The tables the standings show, in the order shown.</summary>
    private static readonly LeagueReport[] StandingsTables =
        [LeagueReport.Standings, LeagueReport.Judges, LeagueReport.Fidelity, LeagueReport.Cards, LeagueReport.Profiles];

    public LeagueStandingsView Standings(string playerId, IReadOnlyList<PublicBrief> deck)
    {
        RequireReader(playerId);
        var season = LeagueReports.SeasonAgreement(State);
        var titles = Titles(deck);
        return new LeagueStandingsView
        {
            LeagueCode = Code,
            Season = State.Season,
            RoundsClosed = LeagueReports.ClosedRounds(State).Count(),
            SeasonOrdinalAlpha = DebriefFiguresBuilder.Figure(season.Ordinal),
            SeasonIntervalAlpha = DebriefFiguresBuilder.Figure(season.Interval),
            Tables = StandingsTables
                .Select(report => LeagueReports.View(LeagueReportExport.Word(report), LeagueReportExport.Build(report, State, titles).Table))
                .ToList(),
        };
    }

    /// <summary>One report as a file's text: <paramref name="what"/> is a report's word, <paramref name="format"/> csv, md or json.</summary>
    public string Export(string playerId, string what, string format, IReadOnlyList<PublicBrief> deck)
    {
        RequireReader(playerId);
        var report = LeagueReportExport.ParseReport(what);
        var exportFormat = LeagueReportExport.ParseFormat(format);
        return LeagueReportExport.Render(LeagueReportExport.Build(report, State, Titles(deck)), exportFormat);
    }
}
