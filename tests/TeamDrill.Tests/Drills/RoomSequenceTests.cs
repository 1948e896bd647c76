using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

/// <summary>Every appended event takes the next number, so a reconnecting client can ask for exactly what it missed.</summary>
public sealed class RoomSequenceTests
{
    [Fact]
    public void each_event_of_a_whole_drill_takes_the_next_number()
    {
        var room = Room.Create(Code, Host, "Hana", T0);
        var returned = new List<StoredEvent>();
        var at = T0;
        returned.AddRange(room.Join(Customer, "Carla", at, MaxMembers));
        returned.AddRange(room.Join(Agent, "Abel", at, MaxMembers));
        returned.AddRange(room.Join(Scorer, "Sam", at, MaxMembers));
        returned.AddRange(room.AssignRole(Host, "Carla", DrillRole.Customer, at));
        returned.AddRange(room.AssignRole(Host, "Abel", DrillRole.Agent, at));
        returned.AddRange(room.StartDrill(Host, _ => Card(), CallLimit, at));
        returned.AddRange(room.PostMessage(Customer, "Where is it?", at));
        returned.AddRange(room.SetAnger(Customer, 6, at));
        returned.AddRange(room.PostMessage(Agent, "Let me check.", at));
        returned.AddRange(room.Tag(Scorer, 2, "listening", TagPolarity.Plus, at));
        returned.AddRange(room.EndCall(Customer, CallOutcome.HungUp, at));
        returned.AddRange(room.SubmitReflection(Agent, "I should have asked about the date sooner.", at));
        returned.AddRange(room.SubmitRubric(Host, Scores(2, 2, 2), at));
        returned.AddRange(room.SubmitRubric(Scorer, Scores(3, 3, null), at));

        var expected = Enumerable.Range(1, 20).Select(n => (long)n).ToList();
        Assert.Equal(expected, room.Tail.Events.Select(e => e.Event.Seq));
        Assert.Equal(expected.Skip(1), returned.Select(e => e.Event.Seq));
        Assert.Equal(20, room.State.Seq);
        Assert.Equal(room.Tail.Events.Skip(1), returned);
        Assert.IsType<DebriefPublished>(room.Tail.Events[^1].Event);
    }

    [Fact]
    public void numbering_carries_on_into_the_next_drill()
    {
        var room = InDebrief();
        var before = room.State.Seq;

        var events = room.StartDrill(Host, _ => Card("angry-landlord"), CallLimit, StartedAt.AddHours(1));

        Assert.Equal([before + 1, before + 2], events.Select(e => e.Event.Seq));
    }

    [Fact]
    public void joining_twice_emits_nothing()
    {
        var room = Lobby();
        var seq = room.State.Seq;

        var again = room.Join(Agent, "Someone Else", StartedAt, MaxMembers);

        Assert.Empty(again);
        Assert.Equal(seq, room.State.Seq);
        Assert.Equal("Abel", room.State.Members.Single(m => m.PlayerId == Agent).Name);
        Assert.Equal(4, room.State.Members.Count);
    }

    [Fact]
    public void setting_the_anger_to_where_it_already_is_emits_nothing()
    {
        var room = OnCall();
        var seq = room.State.Seq;

        Assert.Empty(room.SetAnger(Customer, 4, StartedAt));
        Assert.Equal(seq, room.State.Seq);
        Assert.Single(room.State.Current!.AngerCurve);
    }
}
