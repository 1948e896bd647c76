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
        // Means 4.0 and 3.0 → 3.5 → rubric 62.5; resolved → 100; anger 8 → 3 → 50 + 25 = 75.
        var stats = ConsensusCalculator.Statistics(Rubric, [Sheet("ana", 4, 3, null), Sheet("bo", 4, 3, null)]);

        var score = AgentScore.Compute(stats, CallOutcome.Resolved, Anger(8, 6, 3));

        Assert.Equal(67.5, score.Score); // 0.8 × 62.5 + 0.1 × 100 + 0.1 × 75
        Assert.Equal(["Rubric", "Outcome", "Anger change"], score.Components.Select(c => c.Name));
        Assert.Equal([0.8, 0.1, 0.1], score.Components.Select(c => c.Weight));
        Assert.Equal([62.5, 100, 75], score.Components.Select(c => c.Value!.Value));
        Assert.Equal("mean criterion score 3.50 of 5 over 2 criteria", score.Components[0].Detail);
        Assert.Equal("resolved", score.Components[1].Detail);
        Assert.Equal("anger 8 → 3 (-5)", score.Components[2].Detail);
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
    [InlineData(0, 10, 0)]
    [InlineData(4, 6, 40)]
    public void the_anger_change_is_fifty_with_five_points_per_level_calmed_or_raised(int start, int end, double value)
    {
        Assert.Equal(value, AgentScore.AngerValue(start, end));
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
