using TeamDrill.Client.LineMode;
using TeamDrill.Shared.Protocol;
using Xunit;

namespace TeamDrill.Tests.Client;

public class CommandParserTests
{
    private static ConsoleCommand Ok(string line)
    {
        var result = CommandParser.Parse(line);
        Assert.Null(result.Error);
        return Assert.IsAssignableFrom<ConsoleCommand>(result.Command);
    }

    private static string Bad(string line)
    {
        var result = CommandParser.Parse(line);
        Assert.Null(result.Command);
        return Assert.IsType<string>(result.Error);
    }

    [Theory]
    [InlineData("/help", typeof(HelpCommand))]
    [InlineData("/create", typeof(CreateCommand))]
    [InlineData("/leave", typeof(LeaveCommand))]
    [InlineData("/room", typeof(RoomCommand))]
    [InlineData("/auto", typeof(AutoCommand))]
    [InlineData("/cards", typeof(CardsCommand))]
    [InlineData("/rubric", typeof(RubricCommand))]
    [InlineData("/close", typeof(CloseCommand))]
    [InlineData("/history", typeof(HistoryCommand))]
    [InlineData("/quit", typeof(QuitCommand))]
    [InlineData("  /QUIT  ", typeof(QuitCommand))]
    public void commands_without_arguments(string line, Type expected) => Assert.IsType(expected, Ok(line));

    [Theory]
    [InlineData("/create now", "/create takes no arguments")]
    [InlineData("/quit please", "/quit takes no arguments")]
    [InlineData("/room ABC234", "/room takes no arguments")]
    public void commands_without_arguments_refuse_arguments(string line, string error) => Assert.Equal(error, Bad(line));

    [Fact]
    public void plain_text_is_a_message() =>
        Assert.Equal(new SayCommand("I'm sorry to hear that, Mrs Okafor."), Ok("  I'm sorry to hear that, Mrs Okafor. "));

    [Fact]
    public void a_double_slash_sends_a_message_that_starts_with_a_slash() =>
        Assert.Equal(new SayCommand("/etc is a folder"), Ok("//etc is a folder"));

    [Fact]
    public void control_characters_are_stripped_from_messages() =>
        Assert.Equal(new SayCommand("hi there"), Ok("hi\u0007\u001b there\u202e"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u001b")]
    public void a_blank_line_does_nothing(string line)
    {
        var result = CommandParser.Parse(line);
        Assert.Null(result.Command);
        Assert.Null(result.Error);
    }

    [Fact]
    public void a_message_over_the_limit_is_refused() =>
        Assert.Equal("message is too long: 1001 characters (the limit is 1000)", Bad(new string('a', 1001)));

    [Fact]
    public void a_message_at_the_limit_is_sent() => Assert.IsType<SayCommand>(Ok(new string('a', 1000)));

    [Theory]
    [InlineData("/dance", "unknown command /dance (type /help for the list)")]
    [InlineData("/", "a lone / is not a command (type /help for the list)")]
    public void unknown_commands(string line, string error) => Assert.Equal(error, Bad(line));

    [Fact]
    public void join_takes_a_code_in_any_case() => Assert.Equal(new JoinCommand("ABC234"), Ok("/join abc234"));

    [Theory]
    [InlineData("/join", "usage: /join CODE")]
    [InlineData("/join ABC 123", "usage: /join CODE")]
    [InlineData("/join ABC12", "room code must be 6 letters and digits, like K7QX2M, not 'ABC12'")]
    [InlineData("/join ABC12!", "room code must be 6 letters and digits, like K7QX2M, not 'ABC12!'")]
    public void join_errors(string line, string error) => Assert.Equal(error, Bad(line));

    [Theory]
    [InlineData("/role Ben agent", "Ben", DrillRole.Agent)]
    [InlineData("/role Ana Maria CUSTOMER", "Ana Maria", DrillRole.Customer)]
    [InlineData("/role Cy scorer", "Cy", DrillRole.Scorer)]
    public void role_names_a_player_and_a_role(string line, string player, DrillRole role) =>
        Assert.Equal(new RoleCommand(player, role), Ok(line));

    [Theory]
    [InlineData("/role", "usage: /role NAME customer|agent|scorer|watcher")]
    [InlineData("/role Ben", "usage: /role NAME customer|agent|scorer|watcher")]
    [InlineData("/role Ben boss", "unknown role 'boss': use customer, agent, scorer or watcher")]
    public void role_errors(string line, string error) => Assert.Equal(error, Bad(line));

    [Fact]
    public void start_with_and_without_a_card()
    {
        Assert.Equal(new StartCommand(null), Ok("/start"));
        Assert.Equal(new StartCommand("double-charge"), Ok("/start double-charge"));
        Assert.Equal("usage: /start [CARD-ID]", Bad("/start a b"));
    }

    [Theory]
    [InlineData("/anger 0", 0)]
    [InlineData("/anger 10", 10)]
    public void anger_from_0_to_10(string line, int level) => Assert.Equal(new AngerCommand(level), Ok(line));

    [Theory]
    [InlineData("/anger", "usage: /anger N (N from 0 to 10)")]
    [InlineData("/anger 3 4", "usage: /anger N (N from 0 to 10)")]
    [InlineData("/anger high", "anger must be a whole number from 0 to 10, not 'high'")]
    [InlineData("/anger 11", "anger must be a whole number from 0 to 10, not '11'")]
    [InlineData("/anger -1", "anger must be a whole number from 0 to 10, not '-1'")]
    [InlineData("/anger 2.5", "anger must be a whole number from 0 to 10, not '2.5'")]
    public void anger_errors(string line, string error) => Assert.Equal(error, Bad(line));

    [Theory]
    [InlineData("/tag 3 empathy +", 3, "empathy", TagPolarity.Plus)]
    [InlineData("/tag 12 Ownership -", 12, "ownership", TagPolarity.Minus)]
    [InlineData("/tag 1 boundary minus", 1, "boundary", TagPolarity.Minus)]
    public void tag_a_message(string line, int number, string technique, TagPolarity polarity) =>
        Assert.Equal(new TagCommand(number, technique, polarity), Ok(line));

    [Theory]
    [InlineData("/tag", "usage: /tag N TECHNIQUE +|-")]
    [InlineData("/tag 3 empathy", "usage: /tag N TECHNIQUE +|-")]
    [InlineData("/tag three empathy +", "message number must be a positive whole number, not 'three'")]
    [InlineData("/tag 0 empathy +", "message number must be a positive whole number, not '0'")]
    [InlineData("/tag 3 empathy ?", "polarity must be + or -, not '?'")]
    public void tag_errors(string line, string error) => Assert.Equal(error, Bad(line));

    [Theory]
    [InlineData("/end resolved", CallOutcome.Resolved)]
    [InlineData("/end Escalated", CallOutcome.Escalated)]
    [InlineData("/end hungup", CallOutcome.HungUp)]
    [InlineData("/end hung-up", CallOutcome.HungUp)]
    public void end_the_call(string line, CallOutcome outcome) => Assert.Equal(new EndCommand(outcome), Ok(line));

    [Theory]
    [InlineData("/end", "usage: /end resolved|escalated|hungup")]
    [InlineData("/end timedout", "unknown outcome 'timedout': use resolved, escalated or hungup")]
    public void end_errors(string line, string error) => Assert.Equal(error, Bad(line));

    [Fact]
    public void score_in_rubric_order()
    {
        var score = Assert.IsType<ScoreCommand>(Ok("/score 4 3 na 5 N/A"));
        Assert.Equal([4, 3, null, 5, null], score.Positional);
        Assert.Empty(score.Named);
    }

    [Fact]
    public void score_by_criterion()
    {
        var score = Assert.IsType<ScoreCommand>(Ok("/score Empathy=4 listening=na"));
        Assert.Equal([new("empathy", 4), new("listening", null)], score.Named);
        Assert.Empty(score.Positional);
    }

    [Theory]
    [InlineData("/score", "usage: /score 4 3 5 na ... (in rubric order) or /score empathy=4 listening=3 ...")]
    [InlineData("/score 4 x 3", "a score must be 1-5 or na, not 'x'")]
    [InlineData("/score 6", "a score must be 1-5 or na, not '6'")]
    [InlineData("/score 0", "a score must be 1-5 or na, not '0'")]
    [InlineData("/score empathy=", "a score must be 1-5 or na, not ''")]
    [InlineData("/score =4", "'=4' names no criterion: write criterion=score")]
    [InlineData("/score empathy=4 empathy=5", "criterion 'empathy' is scored twice")]
    [InlineData("/score 4 empathy=5", "use either scores in rubric order or criterion=score pairs, not both")]
    public void score_errors(string line, string error) => Assert.Equal(error, Bad(line));

    [Fact]
    public void debrief_of_the_current_room_or_a_named_one()
    {
        Assert.Equal(new DebriefCommand(null, 2), Ok("/debrief 2"));
        Assert.Equal(new DebriefCommand("ABC234", 1), Ok("/debrief abc234 1"));
    }

    [Theory]
    [InlineData("/debrief", "usage: /debrief [CODE] N")]
    [InlineData("/debrief ABC234 1 2", "usage: /debrief [CODE] N")]
    [InlineData("/debrief last", "drill number must be a positive whole number, not 'last'")]
    [InlineData("/debrief ABC234 x", "drill number must be a positive whole number, not 'x'")]
    [InlineData("/debrief AB 1", "room code must be 6 letters and digits, like K7QX2M, not 'AB'")]
    public void debrief_errors(string line, string error) => Assert.Equal(error, Bad(line));

    [Fact]
    public void help_lists_every_command()
    {
        var help = string.Join('\n', CommandHelp.Lines());
        foreach (var command in new[] { "/help", "/create", "/join", "/leave", "/room", "/role", "/auto", "/start", "/cards", "/anger", "/tag", "/end", "/rubric", "/score", "/close", "/history", "/debrief", "/quit" })
        {
            Assert.Contains(command, help, StringComparison.Ordinal);
            var parsed = CommandParser.Parse(command);
            Assert.False(parsed.Error?.StartsWith("unknown command", StringComparison.Ordinal) ?? false, command);
        }
    }
}
