using TeamDrill.Client.LineMode;
using Xunit;

namespace TeamDrill.Tests.Client;

public class RubricScoresTests
{
    private static ScoreCommand Parse(string line) => Assert.IsType<ScoreCommand>(CommandParser.Parse(line).Command);

    private static Dictionary<string, int?> Resolve(string line)
    {
        Assert.True(RubricScores.TryResolve(Parse(line), SampleRoom.Rubric(), out var scores, out var error), error);
        return scores;
    }

    private static string Refuse(string line)
    {
        Assert.False(RubricScores.TryResolve(Parse(line), SampleRoom.Rubric(), out _, out var error));
        return error;
    }

    [Fact]
    public void positional_scores_follow_rubric_order() =>
        Assert.Equal(new Dictionary<string, int?> { ["empathy"] = 4, ["active-listening"] = 3, ["ownership"] = null }, Resolve("/score 4 3 na"));

    [Fact]
    public void named_scores_match_id_name_or_a_unique_part_of_the_id() =>
        Assert.Equal(new Dictionary<string, int?> { ["empathy"] = 5, ["active-listening"] = 2, ["ownership"] = 1 }, Resolve("/score listening=2 Ownership=1 emp=5"));

    [Theory]
    [InlineData("/score 4 3", "the rubric has 3 criteria (empathy, active-listening, ownership); you gave 2 scores")]
    [InlineData("/score 4 3 2 1", "the rubric has 3 criteria (empathy, active-listening, ownership); you gave 4 scores")]
    [InlineData("/score empathy=4 tone=3 ownership=2", "unknown criterion 'tone': the rubric has empathy, active-listening, ownership")]
    [InlineData("/score empathy=4 ownership=2", "missing scores for: active-listening (use na for not applicable)")]
    [InlineData("/score na 3 2", "criterion 'empathy' cannot be na: give it 1-5")]
    [InlineData("/score empathy=4 i=3 ownership=2", "'i' matches more than one criterion: active-listening, ownership")]
    [InlineData("/score empathy=4 emp=3 ownership=2", "criterion 'empathy' is scored twice")]
    public void refused_with_a_reason(string line, string error) => Assert.Equal(error, Refuse(line));

    [Fact]
    public void no_rubric_before_a_drill_starts()
    {
        Assert.False(RubricScores.TryResolve(Parse("/score 4"), [], out _, out var error));
        Assert.Equal("no rubric yet: it arrives when a drill starts", error);
    }
}
