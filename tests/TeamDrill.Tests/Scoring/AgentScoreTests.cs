using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;
using static TeamDrill.Tests.Scoring.Panel;

namespace TeamDrill.Tests.Scoring;

public sealed class AgentScoreTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static AngerPoint[] Anger(params int[] levels) =>
        levels.Select((level, i) => new AngerPoint { At = T0.AddSeconds(i * 30), Level = level, AfterMessage = i * 2 }).ToArray();

    [Fact]
    public void the_score_is_eighty_percent_rubric_ten_percent_outcome_ten_percent_anger_change()
    {
        // Means 4.0 and 3.0 → 3.5 → rubric 62.5; resolved → 100; anger 8 → 3 calms 5 of 8 → 50 + 50 × 5/8 = 81.25.
        var stats = ConsensusCalculator.Statistics(Rubric, [Sheet("ana", 4, 3, null), Sheet("bo", 4, 3, null)]);

        var score = AgentScore.Compute(stats, CallOutcome.Resolved, Anger(8, 6, 3));

        Assert.Equal(68.1, score.Score); // 0.8 × 62.5 + 0.1 × 100 + 0.1 × 81.25 = 68.125
        Assert.Equal(["Rubric", "Outcome", "Anger change"], score.Components.Select(c => c.Name));
        Assert.Equal([0.8, 0.1, 0.1], score.Components.Select(c => c.Weight));
        Assert.Equal([62.5, 100, 81.25], score.Components.Select(c => c.Value!.Value));
        Assert.Equal("mean criterion score 3.50 of 5 over 2 criteria", score.Components[0].Detail);
        Assert.Equal("resolved", score.Components[1].Detail);
        Assert.Equal("anger 8 → 3 (-5: calmed 5 of 8 possible)", score.Components[2].Detail);
        Assert.Null(score.Reason);
    }

    [Theory]
    [InlineData(CallOutcome.Resolved, 100)]
    [InlineData(CallOutcome.Escalated, 60)]
    [InlineData(CallOutcome.TimedOut, 20)]
    [InlineData(CallOutcome.HungUp, 0)]
    public void each_outcome_has_its_documented_value(CallOutcome outcome, double value)
    {
        Assert.Equal(value, AgentScore.OutcomeValue(outcome));
    }

    [Theory]
    [InlineData(5, 5, 50)]
    [InlineData(10, 0, 100)]
    [InlineData(2, 0, 100)]
    [InlineData(9, 0, 100)]
    [InlineData(8, 4, 75)]
    [InlineData(4, 2, 75)]
    [InlineData(0, 10, 0)]
    [InlineData(5, 10, 0)]
    [InlineData(6, 8, 25)]
    public void the_anger_change_is_the_share_of_the_possible_calming_or_raising_from_where_the_call_started(int start, int end, double value)
    {
        Assert.Equal(value, AgentScore.AngerValue(start, end));
    }

    [Fact]
    public void the_same_calming_earns_the_same_whatever_the_starting_anger()
    {
        // Rubric mean 4 → 75, resolved → 100, calmed to 0 → 100: 0.8 × 75 + 10 + 10 = 80 from 2 and from 9
        // (the old rule, 50 + 5 per point, gave 76 and 79.5).
        var stats = ConsensusCalculator.Statistics(Rubric, [Sheet("ana", 4, 4, null)]);

        var fromTwo = AgentScore.Compute(stats, CallOutcome.Resolved, Anger(2, 0));
        var fromNine = AgentScore.Compute(stats, CallOutcome.Resolved, Anger(9, 4, 0));

        Assert.Equal((80.0, 80.0), (fromTwo.Score, fromNine.Score));
    }

    [Fact]
    public void the_criteria_the_card_tests_count_double_in_the_rubric()
    {
        // Listening 5 (the card's), empathy 3: (2 × 5 + 3) / 3 = 4.33 → rubric 83.3; unweighted 4 → 75.
        var stats = ConsensusCalculator.Statistics(Rubric, [Sheet("ana", 5, 3, null)]);

        var weighted = AgentScore.Compute(stats, CallOutcome.None, [], ["listening"]);
        var plain = AgentScore.Compute(stats, CallOutcome.None, []);

        Assert.Equal((83.3, 75.0), (weighted.Score, plain.Score));
        Assert.Equal("weighted mean criterion score 4.33 of 5 over 2 criteria (1 the card tests count double)", weighted.Components[0].Detail);
    }

    private static readonly IReadOnlyList<RubricCriterionView> WithEscalation =
    [
        new RubricCriterionView { Id = "listening", Name = "Listening" },
        new RubricCriterionView { Id = "escalation", Name = "Escalation judgement", AllowsNotApplicable = true },
    ];

    private static RubricSheet EscalationSheet(string scorer, int listening, int? escalation) => new()
    {
        ScorerId = scorer,
        ScorerName = scorer,
        Scores = new Dictionary<string, int?> { ["listening"] = listening, ["escalation"] = escalation },
    };

    [Fact]
    public void an_escalation_the_panel_judged_warranted_counts_as_a_good_outcome()
    {
        // Escalation 4 and 3 → 3.5, warranted: outcome 100. Rubric (4 + 3.5) / 2 = 3.75 → 68.75; anger 6 → 3 → 75.
        // 0.8 × 68.75 + 0.1 × 100 + 0.1 × 75 = 72.5
        var stats = ConsensusCalculator.Statistics(WithEscalation, [EscalationSheet("ana", 4, 4), EscalationSheet("bo", 4, 3)]);

        var score = AgentScore.Compute(stats, CallOutcome.Escalated, Anger(6, 3));

        Assert.Equal(72.5, score.Score);
        Assert.Equal((100, "escalated to a supervisor when warranted (escalation 3.5 of 5)"), (score.Components[1].Value!.Value, score.Components[1].Detail));
    }

    [Theory]
    [InlineData(2, 60)]
    [InlineData(null, 60)]
    [InlineData(3, 100)]
    public void an_escalation_below_warranted_or_not_scored_stays_at_sixty(int? escalation, double value)
    {
        var stats = ConsensusCalculator.Statistics(WithEscalation, [EscalationSheet("ana", 4, escalation)]);

        var score = AgentScore.Compute(stats, CallOutcome.Escalated, []);

        Assert.Equal(value, score.Components[1].Value);
    }

    [Fact]
    public void without_a_rubric_consensus_there_is_no_score_but_the_components_still_explain_why()
    {
        var stats = ConsensusCalculator.Statistics(Rubric, [Sheet("ana", null, null, null)]);

        var score = AgentScore.Compute(stats, CallOutcome.Resolved, Anger(5, 0));

        Assert.Null(score.Score);
        Assert.Equal("not enough data: no rubric consensus", score.Reason);
        Assert.Null(score.Components[0].Value);
        Assert.Equal(100, score.Components[1].Value);
    }

    [Fact]
    public void a_missing_outcome_and_anger_curve_leave_their_weight_to_the_rubric()
    {
        var stats = ConsensusCalculator.Statistics(Rubric, [Sheet("ana", 5, 4, 3)]);

        var score = AgentScore.Compute(stats, CallOutcome.None, []);

        Assert.Equal(75.0, score.Score);
        Assert.Equal(["no outcome recorded", "no anger recorded"], score.Components.Skip(1).Select(c => c.Detail));
    }

    [Fact]
    public void the_debrief_consensus_gives_the_same_score_as_the_statistics()
    {
        var sheets = new[] { Sheet("ana", 5, 2, 4), Sheet("bo", 3, 2, null) };

        var fromStatistics = AgentScore.Compute(ConsensusCalculator.Statistics(Rubric, sheets), CallOutcome.HungUp, Anger(3, 9));
        var fromConsensus = AgentScore.Compute(ConsensusCalculator.PerCriterion(Rubric, sheets), CallOutcome.HungUp, Anger(3, 9));

        Assert.Equal(fromStatistics.Score, fromConsensus.Score);
    }

    private static readonly Arbitrary<(int?[][] Sheets, CallOutcome Outcome, int[] Anger)> Drills =
        (from scorers in Gen.Choose(0, 5)
         from cells in Gen.Elements<int?>(null, 1, 2, 3, 4, 5).ArrayOf(scorers * 3)
         from outcome in Gen.Elements(Enum.GetValues<CallOutcome>())
         from anger in Gen.Choose(0, 10).ArrayOf()
         select (Enumerable.Range(0, scorers).Select(s => cells.Skip(s * 3).Take(3).ToArray()).ToArray(), outcome, anger))
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property the_overall_score_is_within_zero_and_one_hundred_or_absent_with_a_reason() =>
        Prop.ForAll(Drills, drill =>
        {
            var sheets = drill.Sheets.Select((scores, i) => Sheet($"s{i}", scores)).ToList();

            var score = AgentScore.Compute(ConsensusCalculator.Statistics(Rubric, sheets), drill.Outcome, Anger(drill.Anger));

            Assert.True(score.Score is double s ? s is >= 0 and <= 100 : score.Reason is not null);
            Assert.All(score.Components, c => Assert.True(c.Value is null or (>= 0 and <= 100)));
        });
}
