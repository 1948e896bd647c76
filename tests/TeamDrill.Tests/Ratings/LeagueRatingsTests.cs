using TeamDrill.Shared.Ratings;

namespace TeamDrill.Tests.Ratings;

/// <summary>A drill is a game between the agent and the card; a round is one rating period.</summary>
public sealed class LeagueRatingsTests
{
    [Fact]
    public void the_agent_gets_its_score_and_the_card_the_mirrored_result_against_the_ratings_before_the_round()
    {
        var before = new RatingTables(
            new Dictionary<string, Glicko2Rating> { ["ana"] = new(1500, 200, 0.06) },
            new Dictionary<string, Glicko2Rating> { ["refund"] = new(1400, 30, 0.06) });

        var after = LeagueRatings.RatePeriod(before, [new DrillGame("ana", "refund", 0.7)]);

        Assert.Equal(Glicko2.Rate(new(1500, 200, 0.06), [new(new(1400, 30, 0.06), 0.7)]), after.Agent("ana"));
        Assert.Equal(Glicko2.Rate(new(1400, 30, 0.06), [new(new(1500, 200, 0.06), 0.3)]), after.Card("refund"));
    }

    [Fact]
    public void a_card_everyone_struggles_with_rises_and_the_agents_who_struggled_fall()
    {
        var drills = new[] { "ana", "bo", "cy", "di" }.Select(agent => new DrillGame(agent, "angry-landlord", 0.2)).ToList();

        var after = LeagueRatings.RatePeriod(RatingTables.Empty, drills);

        Assert.True(after.Card("angry-landlord").Rating > 1500);
        Assert.All(new[] { "ana", "bo", "cy", "di" }, agent => Assert.True(after.Agent(agent).Rating < 1500));
    }

    [Fact]
    public void members_and_cards_who_sat_the_round_out_only_grow_more_uncertain()
    {
        var first = LeagueRatings.RatePeriod(RatingTables.Empty, [new DrillGame("ana", "refund", 0.9), new DrillGame("bo", "outage", 0.4)]);

        var second = LeagueRatings.RatePeriod(first, [new DrillGame("ana", "outage", 0.6)]);

        Assert.Equal(first.Agent("bo").Rating, second.Agent("bo").Rating);
        Assert.True(second.Agent("bo").Deviation > first.Agent("bo").Deviation);
        Assert.Equal(first.Card("refund").Rating, second.Card("refund").Rating);
        Assert.True(second.Card("refund").Deviation > first.Card("refund").Deviation);
    }

    [Fact]
    public void a_member_and_a_card_with_the_same_id_are_rated_apart()
    {
        var after = LeagueRatings.RatePeriod(RatingTables.Empty, [new DrillGame("x", "x", 1.0)]);

        Assert.True(after.Agent("x").Rating > 1500);
        Assert.True(after.Card("x").Rating < 1500);
    }
}
