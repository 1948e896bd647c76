using TeamDrill.Client.LineMode;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using Xunit;

namespace TeamDrill.Tests.Client;

public sealed class ConsoleLoopTests : IDisposable
{
    private readonly FakeDrillHub _hub = new();
    private readonly StringWriter _out = new();
    private readonly DrillSession _session;
    private readonly ConsoleLoop _loop;

    public ConsoleLoopTests()
    {
        _session = new DrillSession(_hub, "p-ana", "Ana");
        _loop = new ConsoleLoop(_session, _out);
    }

    public void Dispose() => _loop.Dispose();

    private string[] Lines => _out.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private async Task<string[]> Type(params string[] lines)
    {
        _out.GetStringBuilder().Clear();
        foreach (var line in lines)
        {
            await _loop.HandleLineAsync(line);
        }

        return Lines;
    }

    private string[] Push(params RoomEvent[] events)
    {
        _out.GetStringBuilder().Clear();
        foreach (var e in events)
        {
            _session.Receive(SampleRoom.Code, e);
        }

        return Lines;
    }

    // This loop's player is Ana, the host; after this she is the customer of drill 1.
    private async Task InCall()
    {
        await Type("/join ABC234");
        Push(SampleRoom.Roles(4), SampleRoom.Started(5));
    }

    [Fact]
    public async Task create_prints_the_room_code_with_the_stable_prefix()
    {
        var lines = await Type("/create");

        Assert.Equal("room ABC234 created", lines[0]);
        Assert.Equal("ABC234", _loop.CurrentRoom);
    }

    [Fact]
    public async Task join_prints_the_room_and_who_is_in_it()
    {
        var lines = await Type("/join abc234");

        Assert.Equal("room ABC234 joined", lines[0]);
        Assert.Contains("  members: Ana (host), Ben, Cy", lines);
        Assert.Equal(["JoinRoom ABC234"], _hub.CallList);
    }

    [Fact]
    public async Task plain_text_is_sent_to_the_current_room_and_not_echoed_locally()
    {
        await Type("/create");

        var lines = await Type("Hello, how can I help?");

        Assert.Equal("SendMessage ABC234 Hello, how can I help?", _hub.CallList[^1]);
        Assert.Empty(lines);
    }

    [Fact]
    public async Task each_line_typed_goes_with_a_fresh_action_id_even_when_the_text_repeats()
    {
        await Type("/create");

        await Type("Hello?", "Hello?");

        var ids = _hub.ActionIdList.ToList();
        Assert.Equal(3, ids.Count); // the create and two lines
        Assert.All(ids, id => Assert.True(ActionIds.IsValid(id), $"'{id}' is not a valid action id"));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task room_commands_before_joining_say_so_and_send_nothing()
    {
        var lines = await Type("hello", "/start", "/anger 3", "/room");

        Assert.All(lines, l => Assert.Equal("! not in a room: /create one or /join CODE first", l));
        Assert.Equal(4, lines.Length);
        Assert.Empty(_hub.CallList);
    }

    [Fact]
    public async Task a_malformed_command_prints_an_error_and_sends_nothing()
    {
        await Type("/create");
        var before = _hub.CallList.Count;

        var lines = await Type("/anger lots", "/bogus", "/tag x y z");

        Assert.Equal(
        [
            "! anger must be a whole number from 0 to 10, not 'lots'",
            "! unknown command /bogus (type /help for the list)",
            "! message number must be a positive whole number, not 'x'",
        ], lines);
        Assert.Equal(before, _hub.CallList.Count);
    }

    [Fact]
    public async Task a_server_refusal_is_shown_without_signalrs_prefix()
    {
        await Type("/create");
        _hub.Fail = "only the host can start a drill";

        var lines = await Type("/start");

        Assert.Equal(["! only the host can start a drill"], lines);
    }

    [Fact]
    public async Task role_sends_the_members_id_when_the_name_is_known()
    {
        await Type("/join ABC234");

        await Type("/role ben agent", "/role Zed scorer");

        Assert.Equal(["AssignRole ABC234 p-ben Agent", "AssignRole ABC234 Zed Scorer"], _hub.CallList.TakeLast(2));
    }

    [Fact]
    public async Task every_event_of_a_drill_prints_as_a_readable_line()
    {
        await Type("/join ABC234");

        var roles = Push(SampleRoom.Roles(4));
        var started = Push(SampleRoom.Started(5));
        var card = Push(SampleRoom.CardDealt(6));
        var chat = Push(
            SampleRoom.Message(7, 1, SampleRoom.Ana(DrillRole.Customer), "I was charged twice!"),
            SampleRoom.Anger(8, 8, 6),
            SampleRoom.Message(9, 2, SampleRoom.Ben(DrillRole.Agent), "I'm sorry, let me fix it."),
            SampleRoom.Tag(10, 2, "empathy", TagPolarity.Plus, SampleRoom.Ana()),
            SampleRoom.Ended(11, CallOutcome.Resolved),
            SampleRoom.Submitted(12, SampleRoom.Cy(), 1, 2));

        Assert.Equal(["* roles: Ana=customer Ben=agent Cy=scorer"], roles);
        Assert.Equal("* drill 1 started: Charged twice for one order", started[0]);
        Assert.Contains("  customer: Mrs Okafor", started);
        Assert.Contains("    - Order 4411 billed twice on 2 March", started);
        Assert.Contains("  opening line: \"I have been charged twice and nobody answers my emails!\"", started);
        Assert.Contains("  time limit 10:00, starting anger 6/10", started);
        Assert.StartsWith("  you are the customer", started[^1], StringComparison.Ordinal);
        Assert.Equal("* your card (only you see this):", card[0]);
        Assert.Contains("  Hidden facts:", card);
        Assert.Contains("    - You already called twice", card);
        Assert.Equal(
        [
            "[1] Ana (customer): I was charged twice!",
            "* anger 8/10",
            "[2] Ben (agent): I'm sorry, let me fix it.",
            "* tag on [2]: empathy +",
            "* call ended: resolved (by Ana)",
            "* Cy submitted scores (1/2)",
        ], chat);
    }

    [Fact]
    public async Task the_debrief_prints_table_score_outcome_curve_and_tags()
    {
        await Type("/join ABC234");
        Push(SampleRoom.Roles(4), SampleRoom.Started(5), SampleRoom.Ended(6, CallOutcome.Resolved));

        var lines = Push(SampleRoom.DebriefOut(7));

        Assert.Equal("* debrief of drill 1 in room ABC234: Charged twice for one order", lines[0]);
        Assert.Contains("  outcome: resolved", lines);
        Assert.Contains("  overall score: 4.5/5", lines);
        Assert.Contains("  criterion  consensus  min-max  scored  n/a", lines);
        Assert.Contains("  Empathy          4.5      4-5       2    0", lines);
        Assert.Contains("  Ownership        n/a        -       0    2", lines);
        Assert.Contains("  anger curve: \u2585\u2587\u2582  (start 6, peak 9, end 2)", lines);
        Assert.Contains("  anger points: 6 at start, 9 after [1], 2 after [2]", lines);
        Assert.Contains("    [2] Ben: \"I'm sorry, Mrs Okafor, let me fix that now.\" -> empathy + (Cy), uses-name + (Dee)", lines);
        Assert.Contains("  scoring was closed early: 1 rubric submitted", lines);
    }

    [Fact]
    public async Task a_duplicate_event_prints_nothing()
    {
        await Type("/join ABC234");
        Push(SampleRoom.Roles(4), SampleRoom.Started(5), SampleRoom.Message(6, 1, SampleRoom.Ana(DrillRole.Customer), "once"));

        var lines = Push(SampleRoom.Message(6, 1, SampleRoom.Ana(DrillRole.Customer), "once"));

        Assert.Empty(lines);
    }

    [Fact]
    public async Task score_in_rubric_order_submits_every_criterion()
    {
        await InCall();
        Push(SampleRoom.Ended(6, CallOutcome.Resolved));

        var lines = await Type("/score 4 3 na");

        Assert.Empty(lines);
        Assert.Equal("SubmitRubric ABC234 active-listening=3 empathy=4 ownership=na", _hub.CallList[^1]);
    }

    [Fact]
    public async Task score_that_does_not_fit_the_rubric_is_refused_locally()
    {
        await InCall();
        var before = _hub.CallList.Count;

        var lines = await Type("/score 4 3");

        Assert.Equal(["! the rubric has 3 criteria (empathy, active-listening, ownership); you gave 2 scores"], lines);
        Assert.Equal(before, _hub.CallList.Count);
    }

    [Fact]
    public async Task tagging_a_customer_message_or_an_unknown_one_is_refused_locally()
    {
        await InCall();
        Push(SampleRoom.Message(6, 1, SampleRoom.Ana(DrillRole.Customer), "hello"), SampleRoom.Message(7, 2, SampleRoom.Ben(DrillRole.Agent), "hi"));
        var before = _hub.CallList.Count;

        var lines = await Type("/tag 1 empathy +", "/tag 9 empathy +");
        var ok = await Type("/tag 2 empathy -");

        Assert.Equal(
        [
            "! message [1] is not the agent's: only agent messages are tagged",
            "! no message [9] in this drill",
        ], lines);
        Assert.Empty(ok);
        Assert.Equal(before + 1, _hub.CallList.Count);
        Assert.Equal("TagMessage ABC234 2 empathy Minus", _hub.CallList[^1]);
    }

    [Fact]
    public async Task rubric_lists_criteria_with_anchors()
    {
        await InCall();

        var lines = await Type("/rubric");

        Assert.Equal("rubric:", lines[0]);
        Assert.Contains("  1. empathy: Empathy", lines);
        Assert.Contains("       5: names it and acts", lines);
        Assert.Contains("  3. ownership: Ownership (na allowed)", lines);
    }

    [Fact]
    public async Task hub_calls_for_each_command_reach_the_current_room()
    {
        await Type("/create");

        await Type("/auto", "/start double-charge", "/anger 7", "/end hungup", "/close", "/leave");

        Assert.Equal(
        [
            "AutoAssignRoles ABC234",
            "StartDrill ABC234 double-charge",
            "SetAnger ABC234 7",
            "EndCall ABC234 HungUp",
            "CloseScoring ABC234",
            "LeaveRoom ABC234",
        ], _hub.CallList.Skip(1));
        Assert.Null(_loop.CurrentRoom);
        Assert.Equal("* you left room ABC234", Lines[^1]);
    }

    [Fact]
    public async Task cards_history_and_an_old_debrief_are_fetched_and_printed()
    {
        _hub.History =
        [
            new HistoryEntry { RoomCode = "ABC234", DrillNumber = 1, CardTitle = "Charged twice", MyRole = DrillRole.Scorer, AgentName = "Ben", Outcome = CallOutcome.Escalated, OverallScore = 3.25, EndedAt = SampleRoom.T0 },
        ];

        var cards = await Type("/cards");
        var history = await Type("/history");
        var debrief = await Type("/debrief XYZ789 1");

        Assert.Equal(["cards:", "  double-charge  difficulty 2  Charged twice for one order"], cards);
        Assert.Equal("  room    drill  my role  agent  outcome    score  ended (UTC)       card", history[1]);
        Assert.Equal("  ABC234  1      scorer   Ben    escalated  3.3    2025-03-01 10:00  Charged twice", history[2]);
        Assert.Equal("* debrief of drill 1 in room ABC234: Charged twice for one order", debrief[0]);
        Assert.Equal("GetDebrief XYZ789 1", _hub.CallList[^1]);
    }

    [Fact]
    public async Task connection_states_print_with_a_tilde()
    {
        await Type("/create");
        _out.GetStringBuilder().Clear();

        _session.SetConnectionState(ConnectionState.Reconnecting, "socket closed");
        _session.SetConnectionState(ConnectionState.Connected);
        await _session.ResyncAllAsync();

        Assert.Equal(["~ reconnecting", "~ connected", "~ resynced"], Lines);
    }

    [Fact]
    public async Task the_loop_stops_at_quit_or_end_of_input()
    {
        await _loop.RunAsync(new StringReader("/create\n/quit\nhello\n"));
        Assert.DoesNotContain(_hub.CallList, c => c.StartsWith("SendMessage", StringComparison.Ordinal));

        await _loop.RunAsync(new StringReader("hello again"));
        Assert.Equal("SendMessage ABC234 hello again", _hub.CallList[^1]);
    }

    [Fact]
    public async Task names_and_messages_from_the_server_are_sanitized_before_printing()
    {
        await Type("/join ABC234");

        var lines = Push(SampleRoom.Joined(4, SampleRoom.Member("p-evil", "Ev\u001b[2Jil")), SampleRoom.Started(5), SampleRoom.Message(6, 1, SampleRoom.Member("p-evil", "Ev\u001bil", DrillRole.Agent), "hi\u0007\nthere"));

        Assert.Equal("* Ev[2Jil joined", lines[0]);
        Assert.Equal("[1] Evil (agent): hi there", lines[^1]);
        Assert.DoesNotContain(lines, l => l.Any(char.IsControl));
    }

    [Fact]
    public async Task news_from_another_room_says_which_room()
    {
        await Type("/join ABC234");
        _hub.OnJoin = code => Task.FromResult(new RoomSnapshot { Code = code, Seq = 1, HostId = "p-ana", Members = [SampleRoom.Ana()] });
        await Type("/join XYZ789");

        var lines = Push(SampleRoom.Joined(4, SampleRoom.Member("p-dee", "Dee")));

        Assert.Equal(["(ABC234) * Dee joined"], lines);
    }
}
