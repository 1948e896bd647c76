using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

/// <summary>The tag rule the clients check before sending is the one the room enforces.</summary>
public sealed class TagRulesTests
{
    [Theory]
    [InlineData(DrillRole.Agent, DrillPhase.Call, true)]
    [InlineData(DrillRole.Agent, DrillPhase.Scoring, true)]
    [InlineData(DrillRole.Agent, DrillPhase.Lobby, false)]
    [InlineData(DrillRole.Agent, DrillPhase.Debrief, false)]
    [InlineData(DrillRole.Customer, DrillPhase.Call, false)]
    [InlineData(DrillRole.Customer, DrillPhase.Scoring, false)]
    [InlineData(DrillRole.Scorer, DrillPhase.Call, false)]
    [InlineData(DrillRole.None, DrillPhase.Scoring, false)]
    public void only_agent_messages_are_tagged_and_only_during_the_call_and_scoring(DrillRole author, DrillPhase phase, bool allowed)
    {
        Assert.Equal(allowed, TagRules.CanTag(author, phase));
    }

    [Fact]
    public void the_room_takes_a_tag_exactly_when_the_rule_allows_it()
    {
        var onCall = OnCall();
        onCall.PostMessage(Customer, "My parcel is three weeks late.", StartedAt.AddSeconds(10));
        onCall.PostMessage(Agent, "I am sorry, let me look at it right now.", StartedAt.AddSeconds(20));
        var checkedCases = 0;

        foreach (var room in new[] { onCall, InScoring(), InDebrief() })
        {
            foreach (var message in room.State.Current!.Transcript)
            {
                Assert.Equal(TagRules.CanTag(message.Role, room.State.Phase), Takes(room, message.Number));
                checkedCases++;
            }
        }

        Assert.Equal(6, checkedCases);
    }

    private static bool Takes(Room room, int messageNumber)
    {
        try
        {
            room.Tag(Scorer, messageNumber, "empathy", TagPolarity.Plus, StartedAt.AddMinutes(6));
            return true;
        }
        catch (DrillRuleException)
        {
            return false;
        }
    }
}
