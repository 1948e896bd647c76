using MessagePack;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Drills;

/// <summary>
/// A four-person room at each point of a drill: Hana hosts and scores, Carla is the customer, Abel the
/// agent, Sam the second scorer. Times are fixed so every run sees the same room.
/// </summary>
internal static class DrillTable
{
    public const string Code = "K7QX2M";
    public const string Host = "p-hana";
    public const string Customer = "p-carla";
    public const string Agent = "p-abel";
    public const string Scorer = "p-sam";
    public const string Stranger = "p-zed";

    /// <summary>The most members a room takes, as the server's room settings pass it to <see cref="Room.Join"/>.</summary>
    public const int MaxMembers = 16;

    /// <summary>A line of the customer's private card: nobody else may ever receive it.</summary>
    public const string HiddenLine = "You were promised a refund twice and never got it.";

    public static readonly DateTimeOffset T0 = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset StartedAt = T0.AddMinutes(1);
    public static readonly TimeSpan CallLimit = TimeSpan.FromMinutes(10);

    public static IReadOnlyList<RubricCriterionView> Rubric { get; } =
    [
        new RubricCriterionView { Id = "listening", Name = "Listening", Anchors = ["1", "2", "3", "4", "5"] },
        new RubricCriterionView { Id = "empathy", Name = "Empathy", Anchors = ["1", "2", "3", "4", "5"] },
        new RubricCriterionView { Id = "boundaries", Name = "Boundaries", Anchors = ["1", "2", "3", "4", "5"], AllowsNotApplicable = true },
    ];

    public static DrillCard Card(string cardId = "late-parcel") => new(
        new CustomerCard
        {
            Brief = new PublicBrief
            {
                CardId = cardId,
                Title = "The parcel that never came",
                Difficulty = 2,
                CustomerName = "Mrs Okafor",
                AccountSummary = "Customer since 2019, 14 orders.",
                Facts = ["Order 5512 shipped 3 weeks ago"],
                OpeningLine = "Where is my parcel?",
                Criteria = ["listening", "empathy"],
            },
            StartingAnger = 4,
            Sections = [new CardSection { Heading = "Hidden facts", Lines = [HiddenLine] }],
        },
        Rubric);

    public static Room Lobby()
    {
        var room = Room.Create(Code, Host, "Hana", T0);
        room.Join(Customer, "Carla", T0.AddSeconds(1), MaxMembers);
        room.Join(Agent, "Abel", T0.AddSeconds(2), MaxMembers);
        room.Join(Scorer, "Sam", T0.AddSeconds(3), MaxMembers);
        room.AssignRole(Host, "Carla", DrillRole.Customer, T0.AddSeconds(4));
        room.AssignRole(Host, "Abel", DrillRole.Agent, T0.AddSeconds(5));
        return room;
    }

    /// <summary>The call has started: events 1..6 are the lobby, 7 is DrillStarted, 8 the customer's card.</summary>
    public static Room OnCall()
    {
        var room = Lobby();
        room.StartDrill(Host, _ => Card(), CallLimit, StartedAt);
        return room;
    }

    /// <summary>Message [1] is the customer's, [2] the agent's; the customer ended the call as resolved.</summary>
    public static Room InScoring()
    {
        var room = OnCall();
        room.PostMessage(Customer, "My parcel is three weeks late.", StartedAt.AddSeconds(10));
        room.PostMessage(Agent, "I am sorry, let me look at it right now.", StartedAt.AddSeconds(20));
        room.EndCall(Customer, CallOutcome.Resolved, StartedAt.AddMinutes(3));
        return room;
    }

    public static Room InDebrief()
    {
        var room = InScoring();
        room.SubmitReflection(Agent, "I should have asked about the date sooner.", StartedAt.AddMinutes(4));
        room.SubmitRubric(Host, Scores(4, 3, null), StartedAt.AddMinutes(4));
        room.SubmitRubric(Scorer, Scores(5, 4, 2), StartedAt.AddMinutes(5));
        return room;
    }

    public static Dictionary<string, int?> Scores(int? listening, int? empathy, int? boundaries) => new()
    {
        ["listening"] = listening,
        ["empathy"] = empathy,
        ["boundaries"] = boundaries,
    };

    /// <summary>
    /// The action is refused with exactly <paramref name="message"/>, and the room is byte for byte as it
    /// was: same sequence number, same events, same serialized state.
    /// </summary>
    public static void AssertRefused(Room room, string message, Action action)
    {
        var seq = room.State.Seq;
        var eventCount = room.Tail.Count;
        var bytes = MessagePackSerializer.Serialize(room.State);

        var refusal = Assert.ThrowsAny<DrillRuleException>(action);

        Assert.Equal(message, refusal.Message);
        Assert.Equal(seq, room.State.Seq);
        Assert.Equal(eventCount, room.Tail.Count);
        Assert.Equal(bytes, MessagePackSerializer.Serialize(room.State));
    }
}
