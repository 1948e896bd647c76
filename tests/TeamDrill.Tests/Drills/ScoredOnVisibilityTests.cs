using TeamDrill.Client.LineMode;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

/// <summary>What a card is scored on would warn the agent that a boundary or escalation moment is coming, so it is shown only in the debrief.</summary>
public sealed class ScoredOnVisibilityTests
{
    [Fact]
    public void the_brief_sent_when_the_drill_starts_does_not_say_what_it_is_scored_on()
    {
        var room = OnCall();

        var started = Assert.IsType<DrillStarted>(room.EventsFor(Agent, 6).First());

        Assert.Empty(started.Brief.Criteria);
        Assert.Equal("Mrs Okafor", started.Brief.CustomerName);
    }

    [Fact]
    public void the_agents_snapshot_during_the_call_does_not_say_what_it_is_scored_on()
    {
        var room = OnCall();

        Assert.Empty(room.SnapshotFor(Agent).Brief!.Criteria);
    }

    [Fact]
    public void the_debrief_says_what_the_card_was_scored_on()
    {
        var room = InDebrief();

        Assert.Equal(["listening", "empathy"], room.GetDebrief(Agent, 1).Brief.Criteria);
        Assert.Equal(["listening", "empathy"], room.SnapshotFor(Agent).Brief!.Criteria);
    }

    [Fact]
    public void the_console_debrief_prints_what_the_card_was_scored_on()
    {
        var room = InDebrief();

        var lines = DebriefFormatter.Format(room.GetDebrief(Agent, 1)).ToList();

        Assert.Contains("  scored on: listening, empathy", lines);
    }
}
