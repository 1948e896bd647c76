using MessagePack;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

/// <summary>
/// A client resends an action whose answer it lost, with the same action id: the room does it once.
/// </summary>
public sealed class ActionIdTests
{
    private static readonly DateTimeOffset Later = StartedAt.AddSeconds(30);

    [Fact]
    public void a_repeated_action_id_posts_the_message_once_and_succeeds_again()
    {
        var room = OnCall();
        room.Once(Customer, "say-00001", r => r.PostMessage(Customer, "Where is my parcel?", Later));
        var seq = room.State.Seq;
        var bytes = MessagePackSerializer.Serialize(room.State);

        var again = room.Once(Customer, "say-00001", r => r.PostMessage(Customer, "Where is my parcel?", Later));

        Assert.Empty(again);
        Assert.Equal(seq, room.State.Seq);
        Assert.Equal(bytes, MessagePackSerializer.Serialize(room.State));
        Assert.Equal(["Where is my parcel?"], room.State.Current!.Transcript.Select(m => m.Text));
    }

    [Fact]
    public void a_new_action_id_with_the_same_text_posts_again()
    {
        var room = OnCall();
        room.Once(Customer, "say-00001", r => r.PostMessage(Customer, "Hello?", Later));

        room.Once(Customer, "say-00002", r => r.PostMessage(Customer, "Hello?", Later));

        Assert.Equal(["Hello?", "Hello?"], room.State.Current!.Transcript.Select(m => m.Text));
    }

    [Fact]
    public void the_same_id_from_another_player_is_their_own_action()
    {
        var room = OnCall();
        room.Once(Customer, "same-id-1", r => r.PostMessage(Customer, "Hello?", Later));

        room.Once(Agent, "same-id-1", r => r.PostMessage(Agent, "Good morning.", Later));

        Assert.Equal(["Hello?", "Good morning."], room.State.Current!.Transcript.Select(m => m.Text));
    }

    [Fact]
    public void a_retried_rubric_is_accepted_not_refused_as_a_second_submission()
    {
        var room = InScoring();
        room.Once(Scorer, "rubric-01", r => r.SubmitRubric(Scorer, Scores(4, 3, null), Later));
        var seq = room.State.Seq;

        var again = room.Once(Scorer, "rubric-01", r => r.SubmitRubric(Scorer, Scores(4, 3, null), Later));

        Assert.Empty(again);
        Assert.Equal(seq, room.State.Seq);
        Assert.Single(room.State.Current!.Rubrics);
        // A second rubric under a new id is still refused, as before.
        Assert.Throws<DrillRuleException>(() => room.Once(Scorer, "rubric-02", r => r.SubmitRubric(Scorer, Scores(1, 1, 1), Later)));
    }

    [Fact]
    public void a_retried_end_of_call_is_accepted_after_the_call_moved_on()
    {
        var room = OnCall();
        room.Once(Customer, "end-call-1", r => r.EndCall(Customer, CallOutcome.Resolved, Later));

        var again = room.Once(Customer, "end-call-1", r => r.EndCall(Customer, CallOutcome.Resolved, Later));

        Assert.Empty(again);
        Assert.Equal(DrillPhase.Scoring, room.State.Phase);
    }

    [Fact]
    public void a_refused_action_is_not_remembered_so_its_retry_is_judged_afresh()
    {
        var room = OnCall();
        Assert.Throws<DrillRuleException>(() => room.Once(Customer, "anger-0001", r => r.SetAnger(Customer, 11, Later)));

        Assert.False(room.HasDone(Customer, "anger-0001"));
    }

    [Fact]
    public void every_event_of_an_action_carries_its_id_into_the_journal()
    {
        var room = Lobby();

        var events = room.Once(Host, "start-0001", r => r.StartDrill(Host, _ => Card(), CallLimit, StartedAt));

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal((Host, "start-0001"), (e.ActorId, e.ActionId)));
    }

    [Fact]
    public void a_room_read_back_from_its_journal_still_knows_the_action()
    {
        var room = OnCall();
        var snapshot = MessagePackSerializer.Serialize(room.State);
        var journaled = room.Once(Customer, "say-00001", r => r.PostMessage(Customer, "Hello?", Later))
            .Select(e => MessagePackSerializer.Deserialize<StoredEvent>(MessagePackSerializer.Serialize(e)))
            .ToList();

        var state = MessagePackSerializer.Deserialize<RoomState>(snapshot);
        foreach (var stored in journaled)
        {
            RoomTransitions.Apply(state, stored);
        }

        var restarted = new Room(state);
        Assert.Empty(restarted.Once(Customer, "say-00001", r => r.PostMessage(Customer, "Hello?", Later)));
        Assert.Single(restarted.State.Current!.Transcript);
    }

    [Fact]
    public void a_room_remembers_the_last_64_ids_of_each_player_and_no_more()
    {
        var room = OnCall();
        for (var n = 1; n <= RecentActions.PerPlayer + 1; n++)
        {
            room.Once(Customer, $"say-{n:D5}", r => r.SetAnger(Customer, n % 10, Later));
        }

        room.Once(Agent, "agent-0001", r => r.PostMessage(Agent, "Hello.", Later));

        Assert.Equal(RecentActions.PerPlayer, room.State.RecentActions[Customer].Count);
        Assert.False(room.HasDone(Customer, "say-00001")); // the oldest fell out of the window
        Assert.True(room.HasDone(Customer, "say-00002"));
        Assert.True(room.HasDone(Customer, $"say-{RecentActions.PerPlayer + 1:D5}"));
        Assert.True(room.HasDone(Agent, "agent-0001")); // another player's window is their own
    }

    [Theory]
    [InlineData("k3j9x0aa", true)]
    [InlineData("A-b_c-1234567890", true)]
    [InlineData("short", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("has space1", false)]
    [InlineData("\u001b[31mred-id", false)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)] // 33 characters
    public void an_action_id_is_8_to_32_plain_characters(string? id, bool valid)
    {
        Assert.Equal(valid, ActionIds.IsValid(id));
        if (!valid)
        {
            var refusal = Assert.Throws<DrillRuleException>(() => ActionIds.Require(id));
            Assert.StartsWith("Each action needs an id of 8 to 32 letters", refusal.Message);
        }
    }

    [Fact]
    public void new_action_ids_are_valid_and_do_not_repeat()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => ActionIds.New()).ToList();

        Assert.All(ids, id => Assert.True(ActionIds.IsValid(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
