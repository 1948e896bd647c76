using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Archives;

/// <summary>A finished drill with every field set: Carla the customer, Abel the agent, Hana and Sam scoring.</summary>
internal static class SampleArchive
{
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 1, 0, TimeSpan.FromHours(1));

    public static DrillArchive Create() => new()
    {
        CardId = "late-parcel",
        CardVersion = "sha256:5f1c0e",
        CardTitle = "The parcel that never came",
        RoomCode = "K7QX2M",
        DrillNumber = 3,
        Participants =
        [
            new MemberView { PlayerId = "p-carla", Name = "Carla", Role = DrillRole.Customer },
            new MemberView { PlayerId = "p-abel", Name = "Abel", Role = DrillRole.Agent },
            new MemberView { PlayerId = "p-hana", Name = "Hana", Role = DrillRole.Scorer, IsHost = true },
            new MemberView { PlayerId = "p-sam", Name = "Sam", Role = DrillRole.Scorer },
        ],
        Transcript =
        [
            new TranscriptMessage { Number = 1, SenderId = "p-carla", SenderName = "Carla", Role = DrillRole.Customer, Text = "Where is my parcel? Third time I call!", At = Start.AddSeconds(5) },
            new TranscriptMessage { Number = 2, SenderId = "p-abel", SenderName = "Abel", Role = DrillRole.Agent, Text = "Calm down, please.", At = Start.AddSeconds(20) },
            new TranscriptMessage { Number = 3, SenderId = "p-carla", SenderName = "Carla", Role = DrillRole.Customer, Text = "Don't tell me to \"calm down\", = rude", At = Start.AddSeconds(31) },
            new TranscriptMessage { Number = 4, SenderId = "p-abel", SenderName = "Abel", Role = DrillRole.Agent, Text = "You're right, I'm sorry. I'll trace it now, Mrs Okafor.", At = Start.AddSeconds(134) },
        ],
        Tags =
        [
            new MessageTag { ScorerId = "p-hana", ScorerName = "Hana", MessageNumber = 2, Technique = "empathy", Polarity = TagPolarity.Minus, At = Start.AddSeconds(22) },
            new MessageTag { ScorerId = "p-sam", ScorerName = "Sam", MessageNumber = 2, Technique = "composure", Polarity = TagPolarity.Minus, At = Start.AddSeconds(23) },
            new MessageTag { ScorerId = "p-hana", ScorerName = "Hana", MessageNumber = 4, Technique = "empathy", Polarity = TagPolarity.Plus, At = Start.AddSeconds(136) },
            new MessageTag { ScorerId = "p-sam", ScorerName = "Sam", MessageNumber = 4, Technique = "ownership", Polarity = TagPolarity.Plus, At = Start.AddSeconds(137) },
        ],
        Rubric =
        [
            new RubricCriterionView { Id = "empathy", Name = "Empathy", Anchors = ["1", "2", "3", "4", "5"] },
            new RubricCriterionView { Id = "ownership", Name = "Ownership", Anchors = ["1", "2", "3", "4", "5"] },
            new RubricCriterionView { Id = "boundaries", Name = "Boundaries", Anchors = ["1", "2", "3", "4", "5"], AllowsNotApplicable = true },
        ],
        Rubrics =
        [
            new RubricSheet { ScorerId = "p-hana", ScorerName = "Hana", Scores = new Dictionary<string, int?> { ["empathy"] = 3, ["ownership"] = 4, ["boundaries"] = null }, SubmittedAt = Start.AddMinutes(4) },
            new RubricSheet { ScorerId = "p-sam", ScorerName = "Sam", Scores = new Dictionary<string, int?> { ["empathy"] = 2, ["ownership"] = 5, ["boundaries"] = null }, SubmittedAt = Start.AddMinutes(5) },
        ],
        AngerCurve =
        [
            new AngerPoint { At = Start, Level = 7, AfterMessage = 0 },
            new AngerPoint { At = Start.AddSeconds(32), Level = 9, AfterMessage = 3 },
            new AngerPoint { At = Start.AddSeconds(140), Level = 4, AfterMessage = 4 },
        ],
        Outcome = CallOutcome.Resolved,
        StartedAt = Start,
        EndedAt = Start.AddSeconds(190),
        ScoredAt = Start.AddMinutes(5),
        Reflection = "I should have acknowledged her before anything else.",
        FidelityRatings =
        [
            new FidelityRating { ScorerId = "p-hana", ScorerName = "Hana", Score = 5 },
            new FidelityRating { ScorerId = "p-sam", ScorerName = "Sam", Score = 4 },
        ],
        ClosedEarly = true,
        CardCriteria = ["empathy"],
    };
}
