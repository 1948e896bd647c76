using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

public sealed class LeagueRoomTests
{
    [Fact]
    public void a_league_room_arrives_with_roles_set_and_its_facilitator_watching()
    {
        var room = Room.CreateForLeague(Code, "league-1", Host, "Hana",
            [(Customer, "Carla", DrillRole.Customer), (Agent, "Abel", DrillRole.Agent), (Scorer, "Sam", DrillRole.Scorer)], T0);

        Assert.Equal("league-1", room.State.LeagueId);
        Assert.False(room.State.Practice);
        Assert.Equal(
            [(Host, DrillRole.None), (Customer, DrillRole.Customer), (Agent, DrillRole.Agent), (Scorer, DrillRole.Scorer)],
            room.State.Members.Select(m => (m.PlayerId, m.Role)));
        Assert.IsType<RolesAssigned>(room.Tail.Events[^1].Event);
        room.StartDrill(Host, _ => Card(), CallLimit, StartedAt);
        Assert.Equal(DrillPhase.Call, room.State.Phase);
    }

    [Fact]
    public void a_league_drill_keeps_coach_hints_for_the_debrief_but_does_not_show_them_live()
    {
        var room = Room.CreateForLeague(Code, "league-1", Host, "Hana",
            [(Customer, "Carla", DrillRole.Customer), (Agent, "Abel", DrillRole.Agent), (Scorer, "Sam", DrillRole.Scorer)], T0);
        room.StartDrill(Host, _ => Card(), CallLimit, StartedAt);
        var hint = new CoachHint { MessageNumber = 1, Offset = "00:05", Kind = "avoid", Phrase = "calm down", Why = "It dismisses." };

        var events = room.PostMessage(Agent, "Calm down please.", StartedAt.AddSeconds(5), (_, _) => [hint]);

        Assert.IsType<MessagePosted>(events[0].Event);
        var kept = Assert.Single(events, e => e.Event is CoachHintGiven);
        Assert.Empty(kept.Audience.OnlyPlayers!); // journaled for the debrief, sent to nobody
        Assert.Equal([hint], room.State.Current!.CoachHints);
        Assert.Empty(room.SnapshotFor(Agent).MyHints);
        Assert.DoesNotContain(room.EventsFor(Agent, 0), e => e is CoachHintGiven);
        Assert.DoesNotContain(room.EventsFor(Host, 0), e => e is CoachHintGiven);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 0)]
    public void a_league_room_without_one_customer_one_agent_and_a_scorer_is_refused(int customers, int agents, int scorers)
    {
        var members = Enumerable.Repeat(("c", "C", DrillRole.Customer), customers)
            .Concat(Enumerable.Repeat(("a", "A", DrillRole.Agent), agents))
            .Concat(Enumerable.Repeat(("s", "S", DrillRole.Scorer), scorers)).ToList();

        var error = Assert.Throws<DrillRuleException>(() => Room.CreateForLeague(Code, "l", Host, "Hana", members, T0));

        Assert.Equal("A league room needs one customer, one agent, at least one scorer, and a facilitator who is none of them.", error.Message);
    }

    [Fact]
    public void a_cancelled_league_room_ends_its_drill_without_a_debrief_and_refuses_everything_after()
    {
        var room = Room.CreateForLeague(Code, "league-1", Host, "Hana",
            [(Customer, "Carla", DrillRole.Customer), (Agent, "Abel", DrillRole.Agent), (Scorer, "Sam", DrillRole.Scorer)], T0);
        room.StartDrill(Host, _ => Card(), CallLimit, StartedAt);

        var events = room.CancelLeagueRoom(Host, "its league round did not start", StartedAt.AddSeconds(1));

        var cancelled = Assert.IsType<DrillCancelled>(Assert.Single(events).Event);
        Assert.Equal("This drill was cancelled: its league round did not start.", cancelled.Message);
        Assert.Equal((DrillPhase.Lobby, 0), (room.State.Phase, room.State.FinishedDrills));
        Assert.Equal(cancelled.Message, room.SnapshotFor(Customer).Cancelled);
        var refused = Assert.Throws<DrillRuleException>(room.RequireNotCancelled);
        Assert.Equal(cancelled.Message, refused.Message);
        Assert.Empty(room.CancelLeagueRoom(Host, "again", StartedAt.AddSeconds(2)));
    }

    [Fact]
    public void only_the_host_of_a_league_room_can_cancel_it_and_a_practice_room_cannot_be_cancelled()
    {
        var league = Room.CreateForLeague(Code, "league-1", Host, "Hana",
            [(Customer, "Carla", DrillRole.Customer), (Agent, "Abel", DrillRole.Agent), (Scorer, "Sam", DrillRole.Scorer)], T0);
        var practice = Room.Create(Code, Host, "Hana", T0);

        Assert.Equal("Only the host (Hana) can cancel this league room.",
            Assert.Throws<DrillRuleException>(() => league.CancelLeagueRoom(Agent, "no", T0)).Message);
        Assert.Equal("Only a league room can be cancelled; in a practice room the host ends the call instead (/endnow).",
            Assert.Throws<DrillRuleException>(() => practice.CancelLeagueRoom(Host, "no", T0)).Message);
        Assert.Equal("", league.State.CancelledReason);
        league.RequireNotCancelled();
    }
}
