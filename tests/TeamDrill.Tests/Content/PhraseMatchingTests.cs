using TeamDrill.Shared.Content;
using Xunit;

namespace TeamDrill.Tests.Content;

public sealed class PhraseMatchingTests
{
    private static Phrasebook Book => RepoContent.Set.Phrasebook;

    [Fact]
    public void calm_down_is_found_whatever_the_case()
    {
        var hit = Assert.Single(Book.Match("Please CALM DOWN sir"), h => h.Entry.Id == "calm-down");

        Assert.Equal(PhraseKind.Avoid, hit.Kind);
        Assert.Equal("CALM DOWN", hit.Text);
        Assert.Equal(7, hit.Index);
        Assert.False(string.IsNullOrWhiteSpace(hit.Why));
        Assert.False(string.IsNullOrWhiteSpace(hit.Instead));
    }

    [Fact]
    public void calm_down_is_not_found_inside_another_word()
    {
        Assert.DoesNotContain(Book.Match("calmdowner"), h => h.Entry.Id == "calm-down");
    }

    [Fact]
    public void sir_is_flagged_but_not_inside_sirloin()
    {
        Assert.Contains(Book.Match("Please CALM DOWN sir"), h => h.Entry.Id == "sir-maam");
        Assert.DoesNotContain(Book.Match("The sirloin was cold"), h => h.Entry.Id == "sir-maam");
        Assert.Contains(Book.Match("Yes ma'am, right away"), h => h.Entry.Id == "sir-maam");
    }

    [Fact]
    public void but_after_an_apology_is_flagged()
    {
        Assert.Contains(Book.Match("I'm sorry about that, but the rules are clear."), h => h.Entry.Id == "sorry-but");
        Assert.DoesNotContain(Book.Match("I'm sorry about that. Here's what I'll do."), h => h.Entry.Id == "sorry-but");
    }

    [Theory]
    [InlineData("I can't do that for you.", "i-cant")]
    [InlineData("That's our policy, I'm afraid.", "our-policy")]
    [InlineData("You should have read the guide.", "you-should-have")]
    [InlineData("I can see why you're upset about the delay.", "empathy-understand-why")]
    [InlineData("That must be really frustrating.", "empathy-frustrating")]
    [InlineData("I'll make sure the engineer calls you by 3pm.", "ownership-i-will")]
    [InlineData("I'll make sure the engineer calls you by 3pm.", "ownership-by-when")]
    [InlineData("If this language continues I will end the call.", "boundary-end-call")]
    [InlineData("I'm going to bring in my supervisor now.", "escalation-supervisor")]
    public void each_kind_of_statement_is_recognised(string message, string entryId)
    {
        Assert.Contains(Book.Match(message), h => h.Entry.Id == entryId);
    }

    [Theory]
    [InlineData("Sir, please calm down.", "calm-down")]
    [InlineData("I can't do that.", "i-cant")]
    [InlineData("That is our policy.", "our-policy")]
    [InlineData("You should have kept the receipt.", "you-should-have")]
    [InlineData("I apologise for the wait, but there is a queue.", "sorry-but")]
    [InlineData("Madam, one moment.", "sir-maam")]
    public void the_phrases_a_trainer_warns_about_are_flagged_with_a_better_alternative(string message, string entryId)
    {
        var hit = Assert.Single(Book.Match(message), h => h.Entry.Id == entryId);

        Assert.Equal(PhraseKind.Avoid, hit.Kind);
        Assert.False(string.IsNullOrWhiteSpace(hit.Instead));
    }

    [Fact]
    public void hits_come_back_in_the_order_they_occur()
    {
        var hits = Book.Match("Calm down, that's our policy.");

        Assert.Equal(["calm-down", "our-policy"], hits.Select(h => h.Entry.Id));
    }

    [Fact]
    public void every_kind_has_entries_and_every_avoid_entry_offers_an_alternative()
    {
        foreach (var kind in Enum.GetValues<PhraseKind>())
        {
            Assert.True(Book.OfKind(kind).Count() >= 3, $"{kind} has fewer than 3 entries");
        }

        Assert.All(Book.OfKind(PhraseKind.Avoid), e => Assert.False(string.IsNullOrWhiteSpace(e.Instead)));
    }

    [Fact]
    public void empty_message_has_no_hits()
    {
        Assert.Empty(Book.Match(""));
    }
}
