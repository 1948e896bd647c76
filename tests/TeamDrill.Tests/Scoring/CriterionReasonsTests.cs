using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;

namespace TeamDrill.Tests.Scoring;

public sealed class CriterionReasonsTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static readonly TranscriptMessage[] Transcript =
    [
        new() { Number = 1, Role = DrillRole.Customer, Text = "Where is my parcel?", At = T0 },
        new() { Number = 2, Role = DrillRole.Agent, Text = "I'm sorry, that sounds really frustrating.", At = T0.AddSeconds(10) },
        new() { Number = 3, Role = DrillRole.Customer, Text = "It is!", At = T0.AddSeconds(20) },
        new() { Number = 4, Role = DrillRole.Agent, Text = "Calm down, please.", At = T0.AddSeconds(30) },
    ];

    private static MessageTag Tag(string scorer, int message, string technique, TagPolarity polarity, int second) =>
        new() { ScorerId = scorer, ScorerName = scorer, MessageNumber = message, Technique = technique, Polarity = polarity, At = T0.AddSeconds(second) };

    [Fact]
    public void each_criterion_lists_the_tagged_messages_with_polarity_and_who_tagged_them()
    {
        MessageTag[] tags =
        [
            Tag("Bo", 4, "empathy", TagPolarity.Minus, 33),
            Tag("Ana", 2, "empathy", TagPolarity.Plus, 12),
            Tag("Bo", 2, "empathy", TagPolarity.Plus, 14),
            Tag("Ana", 4, "composure", TagPolarity.Minus, 31),
            Tag("Ana", 4, "empathy", TagPolarity.Minus, 32),
        ];

        var reasons = CriterionReasons.Collect(tags, Transcript);

        Assert.Equal(["empathy", "composure"], reasons.Select(r => r.CriterionId));
        var empathy = reasons[0];
        Assert.Equal((2, 2), (empathy.Plus, empathy.Minus));
        Assert.Equal(
            [(2, TagPolarity.Plus, "I'm sorry, that sounds really frustrating.", "Ana, Bo"), (4, TagPolarity.Minus, "Calm down, please.", "Ana, Bo")],
            empathy.Evidence.Select(e => (e.MessageNumber, e.Polarity, e.Text, string.Join(", ", e.ScorerNames))));
        Assert.Equal((0, 1), (reasons[1].Plus, reasons[1].Minus));
    }

    [Fact]
    public void a_message_tagged_both_ways_shows_plus_before_minus()
    {
        var reasons = CriterionReasons.Collect(
            [Tag("Bo", 2, "listening", TagPolarity.Minus, 12), Tag("Ana", 2, "listening", TagPolarity.Plus, 13)], Transcript);

        Assert.Equal([TagPolarity.Plus, TagPolarity.Minus], reasons.Single().Evidence.Select(e => e.Polarity));
    }

    [Fact]
    public void a_tag_on_a_message_missing_from_the_transcript_keeps_its_number_with_empty_text()
    {
        var reasons = CriterionReasons.Collect([Tag("Ana", 9, "ownership", TagPolarity.Plus, 50)], Transcript);

        Assert.Equal((9, ""), (reasons[0].Evidence[0].MessageNumber, reasons[0].Evidence[0].Text));
    }

    [Fact]
    public void without_tags_there_are_no_reasons()
    {
        Assert.Empty(CriterionReasons.Collect([], Transcript));
    }
}
