using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Client;

/// <summary>Builds protocol values for a room with Ana (host), Ben and Cy, so tests read like a drill.</summary>
internal static class SampleRoom
{
    public const string Code = "ABC234";
    public static readonly DateTimeOffset T0 = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static MemberView Ana(DrillRole role = DrillRole.None) => Member("p-ana", "Ana", role, isHost: true);
    public static MemberView Ben(DrillRole role = DrillRole.None) => Member("p-ben", "Ben", role);
    public static MemberView Cy(DrillRole role = DrillRole.None) => Member("p-cy", "Cy", role);

    public static MemberView Member(string id, string name, DrillRole role = DrillRole.None, bool isHost = false) =>
        new() { PlayerId = id, Name = name, Role = role, IsHost = isHost };

    public static RoomSnapshot Lobby(long seq = 3, params MemberView[] members) => new()
    {
        Code = Code,
        Seq = seq,
        HostId = "p-ana",
        Phase = DrillPhase.Lobby,
        Members = members.Length > 0 ? members : [Ana(), Ben(), Cy()],
    };

    public static PublicBrief Brief() => new()
    {
        CardId = "double-charge",
        Title = "Charged twice for one order",
        Difficulty = 2,
        CustomerName = "Mrs Okafor",
        AccountSummary = "Customer since 2019, premium plan",
        Facts = ["Order 4411 billed twice on 2 March"],
        OpeningLine = "I have been charged twice and nobody answers my emails!",
        Criteria = ["empathy"],
    };

    public static IReadOnlyList<RubricCriterionView> Rubric() =>
    [
        new() { Id = "empathy", Name = "Empathy", Definition = "Names the feeling", Anchors = ["ignores", "a", "b", "c", "names it and acts"] },
        new() { Id = "active-listening", Name = "Active listening", Anchors = ["1", "2", "3", "4", "5"] },
        new() { Id = "ownership", Name = "Ownership", AllowsNotApplicable = true, Anchors = ["1", "2", "3", "4", "5"] },
    ];

    public static CustomerCard Card() => new()
    {
        Brief = Brief(),
        StartingAnger = 6,
        Sections =
        [
            new() { Heading = "Hidden facts", Lines = ["You already called twice"] },
            new() { Heading = "What calms you", Lines = ["Being called by your name"] },
        ],
    };

    public static MemberJoined Joined(long seq, MemberView member) => new() { Seq = seq, At = T0, Member = member };

    public static RolesAssigned Roles(long seq) => new()
    {
        Seq = seq,
        At = T0,
        Members = [Ana(DrillRole.Customer), Ben(DrillRole.Agent), Cy(DrillRole.Scorer)],
    };

    public static DrillStarted Started(long seq, int drill = 1) => new()
    {
        Seq = seq,
        At = T0,
        DrillNumber = drill,
        Brief = Brief(),
        Members = [Ana(DrillRole.Customer), Ben(DrillRole.Agent), Cy(DrillRole.Scorer)],
        CallEndsAt = T0.AddMinutes(10),
        StartingAnger = 6,
        Rubric = Rubric(),
    };

    public static CustomerCardDealt CardDealt(long seq, int drill = 1) => new() { Seq = seq, At = T0, DrillNumber = drill, Card = Card() };

    public static MessagePosted Message(long seq, int number, MemberView sender, string text) => new()
    {
        Seq = seq,
        At = T0.AddSeconds(seq),
        Message = new TranscriptMessage { Number = number, SenderId = sender.PlayerId, SenderName = sender.Name, Role = sender.Role, Text = text, At = T0.AddSeconds(seq) },
    };

    public static AngerChanged Anger(long seq, int level, int previous) => new() { Seq = seq, At = T0.AddSeconds(seq), Level = level, Previous = previous };

    public static MessageTagged Tag(long seq, int number, string technique, TagPolarity polarity, MemberView? scorer = null) => new()
    {
        Seq = seq,
        At = T0,
        Tag = new MessageTag
        {
            ScorerId = (scorer ?? Cy(DrillRole.Scorer)).PlayerId,
            ScorerName = (scorer ?? Cy(DrillRole.Scorer)).Name,
            MessageNumber = number,
            Technique = technique,
            Polarity = polarity,
            At = T0,
        },
    };

    public static CallEnded Ended(long seq, CallOutcome outcome, string endedBy = "p-ana") => new() { Seq = seq, At = T0, Outcome = outcome, EndedBy = endedBy };

    public static RubricSubmitted Submitted(long seq, MemberView scorer, int count, int of) =>
        new() { Seq = seq, At = T0, ScorerId = scorer.PlayerId, ScorerName = scorer.Name, SubmittedCount = count, ScorerCount = of };

    public static RubricRecorded Recorded(long seq) => new()
    {
        Seq = seq,
        At = T0,
        Sheet = new RubricSheet
        {
            ScorerId = "p-cy",
            ScorerName = "Cy",
            Scores = new Dictionary<string, int?> { ["empathy"] = 4, ["active-listening"] = 3, ["ownership"] = null },
            SubmittedAt = T0,
        },
    };

    public static Debrief Debrief() => new()
    {
        RoomCode = Code,
        DrillNumber = 1,
        Brief = Brief(),
        Participants = [Ana(DrillRole.Customer), Ben(DrillRole.Agent), Cy(DrillRole.Scorer)],
        Outcome = CallOutcome.Resolved,
        StartedAt = T0,
        EndedAt = T0.AddMinutes(4),
        Transcript =
        [
            new() { Number = 1, SenderId = "p-ana", SenderName = "Ana", Role = DrillRole.Customer, Text = "I was charged twice!" },
            new() { Number = 2, SenderId = "p-ben", SenderName = "Ben", Role = DrillRole.Agent, Text = "I'm sorry, Mrs Okafor, let me fix that now." },
        ],
        AngerCurve =
        [
            new() { At = T0, Level = 6, AfterMessage = 0 },
            new() { At = T0.AddMinutes(1), Level = 9, AfterMessage = 1 },
            new() { At = T0.AddMinutes(2), Level = 2, AfterMessage = 2 },
        ],
        Tags =
        [
            new() { ScorerId = "p-cy", ScorerName = "Cy", MessageNumber = 2, Technique = "empathy", Polarity = TagPolarity.Plus },
            new() { ScorerId = "p-dee", ScorerName = "Dee", MessageNumber = 2, Technique = "uses-name", Polarity = TagPolarity.Plus },
        ],
        Consensus =
        [
            new() { CriterionId = "empathy", Name = "Empathy", Consensus = 4.5, Scored = 2, Min = 4, Max = 5 },
            new() { CriterionId = "ownership", Name = "Ownership", Consensus = null, Scored = 0, NotApplicable = 2 },
        ],
        OverallScore = 4.5,
        Rubrics = [new RubricSheet { ScorerId = "p-cy" }],
        ClosedEarly = true,
    };

    public static DebriefPublished DebriefOut(long seq) => new() { Seq = seq, At = T0, Debrief = Debrief() };
}
