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

    private static IReadOnlyList<string> Warnings(string message) =>
        Book.Match(message).Where(h => h.Kind == PhraseKind.Avoid).Select(h => h.Entry.Id).ToList();

    [Theory]
    [InlineData("I won't tell you to calm down; you have every reason to be upset.")]
    [InlineData("I'm not going to say that's our policy and leave it there.")]
    [InlineData("Nobody is asking you to calm down.")]
    public void a_phrase_the_agent_disowns_is_not_a_warning(string message)
    {
        Assert.Empty(Warnings(message));
    }

    [Theory]
    [InlineData("Why don't you calm down?")]
    [InlineData("If you don't calm down I'll have to stop.")]
    public void a_negation_that_is_not_the_agents_own_still_warns(string message)
    {
        Assert.Equal(["calm-down"], Warnings(message));
    }

    [Theory]
    [InlineData("You were told 'calm down' last time, and that was wrong of us.")]
    [InlineData("The last agent wrote \"that's our policy\" and stopped.")]
    [InlineData("You were told to calm down, which never helps.")]
    [InlineData("They told you it was out of our hands, and it wasn't.")]
    public void words_the_agent_quotes_from_someone_else_are_not_a_warning(string message)
    {
        Assert.Empty(Warnings(message));
    }

    [Fact]
    public void an_apostrophe_is_not_a_quotation_mark()
    {
        Assert.Equal(["calm-down", "our-policy"], Warnings("Don't fret, calm down, it's our policy."));
    }

    [Fact]
    public void a_title_before_a_name_is_not_filler()
    {
        Assert.Empty(Warnings("Sir Anthony, I've found the booking."));
        Assert.Equal(["sir-maam"], Warnings("Yes sir, I've found the booking."));
    }

    [Fact]
    public void whatever_you_decide_is_not_dismissive_but_a_bare_whatever_is()
    {
        Assert.Empty(Warnings("Whatever you decide, I'll make it happen today."));
        Assert.Equal(["whatever"], Warnings("Whatever, I'll log it."));
    }

    [Fact]
    public void a_brush_off_to_a_manager_is_warned_about_and_not_praised()
    {
        var hits = Book.Match("You'll have to speak to a manager about that.");

        Assert.Equal(["brush-off"], hits.Select(h => h.Entry.Id));
        Assert.Contains(Book.Match("I'll speak to my manager for you now."), h => h.Kind == PhraseKind.Escalation);
    }

    [Fact]
    public void words_that_are_warned_about_are_never_also_praised()
    {
        var hits = Book.Match("I understand why you're upset, but that's the process.");

        Assert.Equal(["sorry-but", "our-policy"], hits.Select(h => h.Entry.Id));
    }

    [Theory]
    [InlineData("The part is ordered; however, it won't arrive till March.", "however")]
    [InlineData("We can't refund a ticket after the show.", "i-cant")]
    [InlineData("The delay is out of our hands.", "not-our-responsibility")]
    [InlineData("That's not our responsibility.", "not-our-responsibility")]
    [InlineData("That's the process.", "our-policy")]
    [InlineData("As per the contract, the deposit is kept.", "our-policy")]
    [InlineData("I'm sure you'll be fine.", "minimising")]
    public void what_the_coach_used_to_miss_is_warned_about(string message, string entryId)
    {
        Assert.Equal([entryId], Warnings(message));
    }

    [Theory]
    [InlineData("However long it takes, I'll stay with you.")]
    [InlineData("I can't imagine how worrying that was.")]
    [InlineData("If you need to reach me, my line is on the email.")]
    public void look_alikes_of_those_phrases_are_left_alone(string message)
    {
        Assert.Empty(Warnings(message));
    }
}
