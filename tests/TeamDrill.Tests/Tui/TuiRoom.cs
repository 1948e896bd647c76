using System.Collections.Immutable;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

/// <summary>Room states as each player sees them, built by applying the protocol's events like the session does.</summary>
internal static class TuiRoom
{
    public const string HiddenFact = "You already called twice";

    /// <summary>A drill on the call: Ana the customer, Ben the agent, Cy the scorer; three messages.</summary>
    public static SeenRoom OnCall(string me, bool withCard = false)
    {
        var state = SeenRoom.FromSnapshot(R.Lobby(), me)
            .Apply(R.Roles(4))
            .Apply(R.Started(5));
        if (withCard)
        {
            state = state.Apply(R.CardDealt(6));
        }

        return state
            .Apply(R.Message(7, 1, R.Ana(DrillRole.Customer), "I was charged twice and nobody answers!"))
            .Apply(R.Message(8, 2, R.Ben(DrillRole.Agent), "I'm sorry, Mrs Okafor. Let me look at order 4411 now."))
            .Apply(R.Message(9, 3, R.Ana(DrillRole.Customer), "You had better."));
    }

    public static SeenRoom Scoring(string me) => OnCall(me).Apply(R.Ended(10, CallOutcome.Resolved));

    public static SeenRoom WithMessages(SeenRoom state, int count)
    {
        var messages = Enumerable.Range(1, count).Select(i => new TranscriptMessage
        {
            Number = i,
            SenderId = i % 2 == 0 ? "p-ben" : "p-ana",
            SenderName = i % 2 == 0 ? "Ben" : "Ana",
            Role = i % 2 == 0 ? DrillRole.Agent : DrillRole.Customer,
            Text = $"message number {i} with a few words to wrap around the pane when it is narrow",
            At = R.T0.AddSeconds(i),
        });
        return state with { Transcript = [.. messages] };
    }

    public static ImmutableList<MessageTag> Tags(params MessageTag[] tags) => [.. tags];
}
