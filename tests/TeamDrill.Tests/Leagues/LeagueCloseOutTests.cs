using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Ratings;
using static TeamDrill.Tests.Leagues.LeagueTable;

namespace TeamDrill.Tests.Leagues;

/// <summary>Closing a round: one rating period for agents and cards, the panel's agreement kept, standings from closed rounds only.</summary>
public sealed class LeagueCloseOutTests
{
    private static readonly DateTimeOffset ClosedAt = T0.AddDays(2);

    [Fact]
    public void closing_rates_the_agent_and_the_card_from_the_drill_score()
    {
        var league = InSeason();
        var drill = Assert.Single(StartRound(league).Drills);
        ScoreRound(league, 5, 5);

        var closed = league.CloseRound(Fay, ClosedAt);

        Assert.Equal((true, ClosedAt), (closed.Closed, closed.ClosedAt));
        var agent = league.State.AgentRatings[drill.AgentId].ToRating();
        var card = league.State.CardRatings[drill.CardId].ToRating();
        Assert.True(agent.Rating > Glicko2Rating.Initial.Rating, $"{agent.Rating}");
        Assert.True(card.Rating < Glicko2Rating.Initial.Rating, $"{card.Rating}");
        Assert.True(agent.Deviation < Glicko2Rating.Initial.Deviation);
        Assert.False(league.View().RoundOpen);
    }

    [Fact]
    public void a_better_scored_agent_ends_higher_in_the_standings_and_the_ratings()
    {
        var league = InSeason();
        var first = Assert.Single(PlayRound(league, score: 5, fidelity: 5).Drills);
        var second = Assert.Single(PlayRound(league, score: 2, fidelity: 2).Drills);
        Assert.NotEqual(first.AgentId, second.AgentId);

        var standings = league.Standings(Fay, Deck);

        Assert.Equal(2, standings.RoundsClosed);
        var table = standings.Tables[0];
        Assert.Equal(["Position", "Member", "Name", "Points", "Drills", "Best drill", "Average", "Rating"], table.Headers);
        Assert.Equal([("1", first.AgentId), ("2", second.AgentId)], table.Rows.Select(r => (r[0], r[1])));
        Assert.Equal(LeagueTables.Points(first.Result!.AgentScore!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture), table.Rows[0][3]);
        Assert.True(league.State.AgentRatings[first.AgentId].Rating > league.State.AgentRatings[second.AgentId].Rating);
    }

    [Fact]
    public void the_round_keeps_the_panels_agreement_as_a_number_or_the_reason_there_is_none()
    {
        var league = InSeason();
        var round = PlayRound(league, score: 4);

        Assert.True(round.AgreementAlpha is not null ^ round.AgreementReason is not null);
        var view = league.RoundView(round, [League.ScoredStatus]);
        Assert.Equal((round.AgreementAlpha, round.AgreementReason), (view.Agreement!.Alpha, view.Agreement.Reason));
        Assert.Null(league.RoundView(StartRound(league), ["waiting"]).Agreement);
    }

    [Fact]
    public void standings_show_five_tables_and_count_only_closed_rounds()
    {
        var league = InSeason();
        PlayRound(league, score: 4, fidelity: 3);
        StartRound(league);
        ScoreRound(league, 1, 1);

        var standings = league.Standings(Id("Dee"), Deck);

        Assert.Equal(["standings", "judges", "fidelity", "cards", "profiles"], standings.Tables.Select(t => t.Name));
        Assert.Equal(1, standings.RoundsClosed);
        Assert.Single(standings.Tables[0].Rows);
        Assert.Equal(["3.00"], standings.Tables[2].Rows.Select(r => r[3]));
        Assert.True(standings.SeasonOrdinalAlpha.Alpha is not null ^ standings.SeasonOrdinalAlpha.Reason is not null);
        var card = Assert.Single(standings.Tables[3].Rows);
        Assert.Equal(Deck.Single(c => c.CardId == card[0]).Title, card[1]);
    }
}
