using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

public sealed class ConsensusCalculatorTests
{
    private static RubricSheet Sheet(string scorer, int? listening, int? empathy, int? boundaries) =>
        new() { ScorerId = scorer, ScorerName = scorer, Scores = Scores(listening, empathy, boundaries) };

    [Fact]
    public void consensus_is_the_mean_with_the_lowest_and_highest_score()
    {
        var consensus = ConsensusCalculator.PerCriterion(Rubric, [Sheet("a", 3, 2, 4), Sheet("b", 4, 3, 4), Sheet("c", 5, 2, 1)]);

        Assert.Equal(["listening", "empathy", "boundaries"], consensus.Select(c => c.CriterionId));
        Assert.Equal(["Listening", "Empathy", "Boundaries"], consensus.Select(c => c.Name));
        var listening = consensus[0];
        Assert.Equal((4.0, 3, 5, 3, 0), (listening.Consensus!.Value, listening.Min!.Value, listening.Max!.Value, listening.Scored, listening.NotApplicable));
        Assert.Equal(2.33, consensus[1].Consensus);
        Assert.Equal(3.0, consensus[2].Consensus);
    }

    [Fact]
    public void not_applicable_is_counted_apart_and_left_out_of_the_mean()
    {
        var consensus = ConsensusCalculator.PerCriterion(Rubric, [Sheet("a", 3, 3, null), Sheet("b", 3, 3, 2), Sheet("c", 3, 3, 2)]);

        var boundaries = consensus[2];
        Assert.Equal((2.0, 2, 2, 2, 1), (boundaries.Consensus!.Value, boundaries.Min!.Value, boundaries.Max!.Value, boundaries.Scored, boundaries.NotApplicable));
    }

    [Fact]
    public void a_criterion_everyone_marked_not_applicable_has_no_consensus_and_does_not_count_in_the_overall()
    {
        var consensus = ConsensusCalculator.PerCriterion(Rubric, [Sheet("a", 5, 4, null), Sheet("b", 4, 4, null)]);

        var boundaries = consensus[2];
        Assert.Null(boundaries.Consensus);
        Assert.Null(boundaries.Min);
        Assert.Null(boundaries.Max);
        Assert.Equal((0, 2), (boundaries.Scored, boundaries.NotApplicable));
        Assert.Equal(4.25, ConsensusCalculator.Overall(consensus));
    }

    [Fact]
    public void the_mean_is_rounded_to_two_decimals()
    {
        var consensus = ConsensusCalculator.PerCriterion(Rubric, [Sheet("a", 1, 1, 1), Sheet("b", 2, 1, 1), Sheet("c", 2, 2, 1)]);

        Assert.Equal(1.67, consensus[0].Consensus);
        Assert.Equal(1.33, consensus[1].Consensus);
        Assert.Equal(1.33, ConsensusCalculator.Overall(consensus));
    }

    [Fact]
    public void the_overall_score_is_the_mean_of_the_criteria_with_a_consensus()
    {
        CriterionConsensus[] perCriterion =
        [
            new() { CriterionId = "listening", Consensus = 4.5 },
            new() { CriterionId = "empathy", Consensus = 3.0 },
            new() { CriterionId = "boundaries", Consensus = null },
        ];

        Assert.Equal(3.75, ConsensusCalculator.Overall(perCriterion));
    }

    [Fact]
    public void without_any_sheet_there_is_no_consensus_and_no_overall_score()
    {
        var consensus = ConsensusCalculator.PerCriterion(Rubric, []);

        Assert.All(consensus, c => Assert.Equal(((double?)null, 0, 0), (c.Consensus, c.Scored, c.NotApplicable)));
        Assert.Null(ConsensusCalculator.Overall(consensus));
    }
}
