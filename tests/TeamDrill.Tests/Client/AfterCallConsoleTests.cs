using TeamDrill.Client.LineMode;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using Xunit;

namespace TeamDrill.Tests.Client;

/// <summary>The console's /reflect (now in two parts) and /support, and how the debrief prints them.</summary>
public sealed class AfterCallConsoleTests : IDisposable
{
    private readonly FakeDrillHub _hub = new();
    private readonly StringWriter _out = new();
    private readonly ConsoleLoop _loop;

    public AfterCallConsoleTests()
    {
        _loop = new ConsoleLoop(new DrillSession(_hub, "p-ana", "Ana"), _out);
    }

    public void Dispose() => _loop.Dispose();

    private static string Bad(string line)
    {
        var result = CommandParser.Parse(line);
        Assert.Null(result.Command);
        return Assert.IsType<string>(result.Error);
    }

    [Theory]
    [InlineData("/reflect Named the date | Ask sooner", "Named the date", "Ask sooner")]
    [InlineData("/reflect | Ask sooner", "", "Ask sooner")]
    [InlineData("/reflect Named the date |", "Named the date", "")]
    public void reflect_with_a_bar_is_what_worked_and_what_to_do_differently(string line, string worked, string different) =>
        Assert.Equal(new ReflectCommand(worked, different), CommandParser.Parse(line).Command);

    [Fact]
    public void reflect_without_a_bar_is_the_one_line_reflection_as_before() =>
        Assert.Equal(new ReflectCommand("Named the date"), CommandParser.Parse("/reflect Named the date").Command);

    [Theory]
    [InlineData("/reflect a | b | c", "use one | at most, between what worked and what you would do differently")]
    [InlineData("/reflect  | ", "the reflection is empty: write what worked, what you would do differently, or both")]
    [InlineData("/support", "usage: /support TEXT (one thing the agent did that helped)")]
    public void a_malformed_reflection_or_support_says_why(string line, string error) => Assert.Equal(error, Bad(line));

    [Fact]
    public void a_line_of_support_over_160_characters_is_refused() =>
        Assert.Equal("the line of support is too long: 161 characters (keep it to one line of at most 160)", Bad("/support " + new string('s', 161)));

    [Fact]
    public async Task reflect_and_support_go_to_the_hub_of_the_current_room()
    {
        await _loop.HandleLineAsync("/join ABC234");

        await _loop.HandleLineAsync("/reflect Named the date | Ask sooner");
        await _loop.HandleLineAsync("/reflect Named the date");
        await _loop.HandleLineAsync("/support Your sorry came first");

        Assert.Equal(
            ["SubmitReflectionParts ABC234 Named the date | Ask sooner", "SubmitReflection ABC234 Named the date", "SubmitSupport ABC234 Your sorry came first"],
            _hub.CallList.TakeLast(3));
    }

    [Fact]
    public void the_debrief_prints_both_parts_and_each_line_of_support_with_its_scorer()
    {
        var debrief = new Debrief
        {
            RoomCode = SampleRoom.Code,
            DrillNumber = 1,
            Reflection = "Named the date",
            ReflectionDoDifferently = "Ask sooner",
            SupportLines = [new SupportLine { ScorerId = "p-cy", ScorerName = "Cy", Text = "Your sorry came first" }],
        };

        var lines = DebriefFormatter.Format(debrief).ToList();

        Assert.Contains("  the agent's reflection: worked \"Named the date\" · would do differently \"Ask sooner\"", lines);
        Assert.Contains("  peer support, one thing that helped:", lines);
        Assert.Contains("    Cy: \"Your sorry came first\"", lines);
    }
}
