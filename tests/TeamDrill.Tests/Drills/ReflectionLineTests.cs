using TeamDrill.Shared.Drills;

namespace TeamDrill.Tests.Drills;

public sealed class ReflectionLineTests
{
    [Theory]
    [InlineData("Named the date | Ask sooner", "Named the date", "Ask sooner")]
    [InlineData("| Ask sooner", "", "Ask sooner")]
    [InlineData("Named the date |", "Named the date", "")]
    [InlineData("Named the date", "Named the date", "")]
    public void a_line_splits_at_the_bar_into_what_worked_and_what_to_do_differently(string line, string worked, string different)
    {
        var parts = ReflectionLine.Split(line, out var problem);

        Assert.Null(problem);
        Assert.Equal((worked, different), parts);
    }

    [Theory]
    [InlineData(" | ", "the reflection is empty: write what worked, what you would do differently, or both")]
    [InlineData("a | b | c", "use one | at most, between what worked and what you would do differently")]
    public void a_line_that_is_not_one_reflection_says_why(string line, string expected)
    {
        Assert.Null(ReflectionLine.Split(line, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void each_part_has_its_own_length_limit()
    {
        Assert.Null(ReflectionLine.Split(new string('w', 281) + "|", out var worked));
        Assert.Equal("what worked is too long: 281 characters (at most 280)", worked);
        Assert.Null(ReflectionLine.Split("ok|" + new string('d', 281), out var different));
        Assert.Equal("what you would do differently is too long: 281 characters (at most 280)", different);
        Assert.NotNull(ReflectionLine.Split(new string('w', 280) + "|" + new string('d', 280), out _));
    }
}
