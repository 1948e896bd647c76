using TeamDrill.Shared.Content;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;

namespace TeamDrill.Tests.Scoring;

public sealed class CoachHintsTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static readonly Phrasebook Book = new(
    [
        new PhraseEntry("calm-down", PhraseKind.Avoid, "calm down", "It tells the customer their feelings are wrong.", "I can hear how frustrating this has been."),
        new PhraseEntry("policy", PhraseKind.Avoid, "it'?s (our )?policy", "Hides behind the rules.", "Here is what I can do."),
        new PhraseEntry("hear-you", PhraseKind.Empathy, "I hear you", "Names the feeling without judging it.", null),
    ]);

    private static TranscriptMessage Message(int number, DrillRole role, string text, int seconds) =>
        new() { Number = number, Role = role, Text = text, At = Start.AddSeconds(seconds) };

    [Fact]
    public void an_avoided_phrase_gives_the_time_since_the_start_and_a_better_line()
    {
        var hints = CoachHints.Collect([Message(1, DrillRole.Customer, "Calm down? YOU calm down!", 60), Message(2, DrillRole.Agent, "Sir, please CALM DOWN.", 134)], Start, Book);

        var hint = Assert.Single(hints);
        Assert.Equal((2, TimeSpan.FromSeconds(134), "CALM DOWN", PhraseKind.Avoid), (hint.MessageNumber, hint.Offset, hint.Phrase, hint.Kind));
        Assert.Equal("It tells the customer their feelings are wrong.", hint.Why);
        Assert.Equal("said 'CALM DOWN' at 02:14; try \"I can hear how frustrating this has been.\"", hint.ToString());
    }

    [Fact]
    public void every_match_in_a_message_is_kept_in_the_order_said()
    {
        var hints = CoachHints.Collect([Message(3, DrillRole.Agent, "I hear you, but it's policy, so calm down.", 5)], Start, Book);

        Assert.Equal(["I hear you", "it's policy", "calm down"], hints.Select(h => h.Phrase));
        Assert.Equal("said 'I hear you' at 00:05: Names the feeling without judging it.", hints[0].ToString());
        Assert.Equal(["it's policy", "calm down"], CoachHints.Warnings(hints).Select(h => h.Phrase));
    }

    [Fact]
    public void minutes_keep_counting_past_an_hour_and_messages_before_the_start_count_as_zero()
    {
        var hints = CoachHints.Collect([Message(1, DrillRole.Agent, "calm down", -3), Message(2, DrillRole.Agent, "calm down", (75 * 60) + 3)], Start, Book);

        Assert.Equal(["00:00", "75:03"], hints.Select(h => h.OffsetText));
    }

    [Fact]
    public void a_clean_call_has_no_hints()
    {
        Assert.Empty(CoachHints.Collect([Message(1, DrillRole.Agent, "Let me sort this out for you today.", 5)], Start, Book));
    }
}
