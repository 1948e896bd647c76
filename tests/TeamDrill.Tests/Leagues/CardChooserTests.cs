using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Ratings;

namespace TeamDrill.Tests.Leagues;

public sealed class CardChooserTests
{
    private static CardCandidate Card(string id, double rating, params string[] criteria) => new(id, criteria, new Glicko2Rating(rating, 80, 0.06));

    private static readonly Glicko2Rating Agent1500 = new(1500, 120, 0.06);

    [Fact]
    public void an_agent_never_gets_a_card_it_already_had_even_the_closest_one()
    {
        var cards = new[] { Card("a", 1500, "empathy"), Card("b", 1800, "empathy") };

        var choice = CardChooser.Choose(cards, AgentCardHistory.FromCards(["a"], cards), Agent1500);

        Assert.Equal("b", choice?.Id);
    }

    [Fact]
    public void when_the_agent_had_every_card_there_is_no_choice()
    {
        var cards = new[] { Card("a", 1500, "empathy") };

        Assert.Null(CardChooser.Choose(cards, AgentCardHistory.FromCards(["a"], cards), Agent1500));
    }

    [Fact]
    public void with_equal_coverage_the_card_closest_to_the_agents_rating_wins()
    {
        var cards = new[] { Card("far", 1750, "empathy"), Card("near", 1530, "empathy"), Card("below", 1440, "empathy") };

        Assert.Equal("near", CardChooser.Choose(cards, AgentCardHistory.None, Agent1500)?.Id);
    }

    [Fact]
    public void among_cards_near_the_agents_level_the_one_testing_its_least_tested_criterion_wins()
    {
        var cards = new[]
        {
            Card("had", 1500, "empathy"),
            Card("empathy-again", 1510, "empathy"),
            Card("boundaries", 1580, "boundary"),
        };

        var choice = CardChooser.Choose(cards, AgentCardHistory.FromCards(["had"], cards), Agent1500);

        Assert.Equal("boundaries", choice?.Id);
    }

    [Fact]
    public void an_untested_criterion_does_not_pull_in_a_card_far_from_the_agents_level()
    {
        var cards = new[]
        {
            Card("had", 1500, "empathy"),
            Card("empathy-again", 1510, "empathy"),
            Card("boundaries-but-hard", 1900, "boundary"),
        };

        var choice = CardChooser.Choose(cards, AgentCardHistory.FromCards(["had"], cards), Agent1500);

        Assert.Equal("empathy-again", choice?.Id);
    }

    [Fact]
    public void equal_cards_are_told_apart_by_id_so_the_choice_is_the_same_every_time()
    {
        var cards = new[] { Card("zulu", 1520, "empathy"), Card("alpha", 1480, "empathy") };

        Assert.Equal("alpha", CardChooser.Choose(cards, AgentCardHistory.None, Agent1500)?.Id);
    }

    [Fact]
    public void over_a_season_an_agent_is_dealt_every_criterion_before_any_criterion_a_third_time()
    {
        string[] criteria = ["empathy", "listening", "ownership", "boundary", "escalation"];
        var cards = Enumerable.Range(0, 15).Select(i => Card($"c{i:00}", 1450 + (i * 7), criteria[i % 5])).ToList();
        var had = new List<string>();
        var dealt = new List<string>();

        for (var drill = 0; drill < 10; drill++)
        {
            var card = CardChooser.Choose(cards, AgentCardHistory.FromCards(had, cards), Agent1500)!;
            had.Add(card.Id);
            dealt.Add(card.Criteria[0]);
        }

        Assert.Equal(10, had.Distinct().Count());
        Assert.All(criteria, c => Assert.Equal(2, dealt.Count(d => d == c)));
    }
}
