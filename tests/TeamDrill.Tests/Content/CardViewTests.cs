using TeamDrill.Shared.Content;
using Xunit;

namespace TeamDrill.Tests.Content;

public sealed class CardViewTests
{
    private static PromptCard Bike => RepoContent.Set.FindCard("late-birthday-bike")!;

    [Fact]
    public void public_brief_carries_only_what_an_agent_would_see()
    {
        var brief = Bike.ToPublicBrief();

        Assert.Equal("late-birthday-bike", brief.CardId);
        Assert.Equal(1, brief.Difficulty);
        Assert.Equal("Mrs Mensah", brief.CustomerName);
        Assert.Equal("Customer since 2021, six orders, no previous complaints.", brief.AccountSummary);
        Assert.Contains(brief.Facts, f => f.StartsWith("Order 58213", StringComparison.Ordinal));
        Assert.Contains("No earlier contact about this order.", brief.Facts);
        Assert.StartsWith("Hi, I ordered a bike", brief.OpeningLine, StringComparison.Ordinal);
        Assert.Equal(["empathy", "ownership", "problem-solving"], brief.Criteria);
    }

    [Fact]
    public void public_brief_never_leaks_hidden_facts_or_triggers()
    {
        foreach (var card in RepoContent.Set.Cards)
        {
            var brief = card.ToPublicBrief();
            var visible = string.Join("\n", [brief.Title, brief.AccountSummary, brief.OpeningLine, .. brief.Facts]);
            Assert.All(card.HiddenFacts, h => Assert.DoesNotContain(h.Fact, visible, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void customer_card_has_the_plain_headings_in_order()
    {
        var card = Bike.ToCustomerCard();

        Assert.Equal(3, card.StartingAnger);
        Assert.Equal(
            [
                "Who you are", "Your situation", "Hidden facts (reveal only if asked the right question)",
                "What raises your anger", "What calms you", "What you will accept", "What you will not accept",
                "When you demand a supervisor", "Crossing the line",
            ],
            card.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void customer_card_lines_are_readable_sentences_with_amounts()
    {
        var sections = Bike.ToCustomerCard().Sections.ToDictionary(s => s.Heading, s => s.Lines);

        Assert.Equal("You are Grace Mensah, 38. The agent should call you Mrs Mensah.", sections["Who you are"][0]);
        Assert.Contains("+2 if the agent says delays \"happen sometimes\" or that it is \"out of our hands\"", sections["What raises your anger"]);
        Assert.Contains("-2 if the agent says they understand the birthday makes the date matter", sections["What calms you"]);
        Assert.Contains("Your anger starts at 3 out of 10.", sections["Your situation"]);
        Assert.Single(sections["Crossing the line"]);
    }

    [Fact]
    public void customer_card_of_a_threatening_caller_says_when_and_how_they_cross_the_line()
    {
        var lines = RepoContent.Set.FindCard("threat-at-the-counter")!.ToCustomerCard()
            .Sections.Single(s => s.Heading == "Crossing the line").Lines;

        Assert.Equal(3, lines.Count);
        Assert.StartsWith("When: After the second time", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("What you do: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Once the agent sets a calm, fair boundary: ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void rubric_view_has_five_anchors_in_score_order()
    {
        var view = RepoContent.Set.Rubric.Find("boundaries")!.ToView();

        Assert.Equal("boundaries", view.Id);
        Assert.Equal("Boundary setting", view.Name);
        Assert.True(view.AllowsNotApplicable);
        Assert.Equal(5, view.Anchors.Count);
        Assert.StartsWith("Lets abuse continue", view.Anchors[0], StringComparison.Ordinal);
        Assert.StartsWith("Sets the limit once", view.Anchors[4], StringComparison.Ordinal);
    }
}
