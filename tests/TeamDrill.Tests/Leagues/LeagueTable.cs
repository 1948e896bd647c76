using TeamDrill.Shared.Text;
using MessagePack;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;

namespace TeamDrill.Tests.Leagues;

/// <summary>
/// A league at each point of a season, with no server: Fay facilitates, Ana, Ben, Cy and Dee are members
/// (player ids "p-" and the name in lower case), the deck has four cards. Times are fixed so every run
/// sees the same league.
/// </summary>
internal static class LeagueTable
{
    public const string Code = "K7QX2M";
    public const string Fay = "p-fay";
    public const string Stranger = "p-zed";

    public static readonly DateTimeOffset T0 = new(2026, 11, 3, 18, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<RubricCriterionView> Rubric { get; } =
    [
        new RubricCriterionView { Id = "listening", Name = "Listening", Anchors = ["1", "2", "3", "4", "5"] },
        new RubricCriterionView { Id = "empathy", Name = "Empathy", Anchors = ["1", "2", "3", "4", "5"] },
    ];

    public static IReadOnlyList<PublicBrief> Deck { get; } =
    [
        Brief("late-parcel", "The parcel that never came", "listening"),
        Brief("double-charge", "Charged twice", "empathy"),
        Brief("broken-bike", "The bike that arrived in pieces", "listening", "empathy"),
        Brief("lost-booking", "The booking nobody kept", "empathy"),
    ];

    public static string Id(string name) => "p-" + name.ToLowerInvariant();

    public static League Created()
    {
        var league = new League(Code, new LeagueState());
        league.Create(Fay, "Fay", isFacilitator: true, "Tuesday team", BlockedWords.None, T0);
        return league;
    }

    /// <summary>A league whose members (Ana, Ben, Cy, Dee unless named) joined one minute apart.</summary>
    public static League WithMembers(params string[] names)
    {
        var league = Created();
        var joining = names.Length > 0 ? names : ["Ana", "Ben", "Cy", "Dee"];
        for (var i = 0; i < joining.Length; i++)
        {
            league.Join(Id(joining[i]), joining[i], T0.AddMinutes(i + 1));
        }

        return league;
    }

    public static League InSeason(int roomSize = 4, params string[] names)
    {
        var league = WithMembers(names);
        league.StartSeason(Fay, roomSize);
        return league;
    }

    /// <summary>Plans the next round, gives each drill a room code as the grain would on opening it, and stores the round.</summary>
    public static LeagueRoundState StartRound(League league, IReadOnlyList<PublicBrief>? deck = null)
    {
        var round = league.PlanNextRound(Fay, deck ?? Deck, T0.AddDays(1));
        foreach (var drill in round.Drills)
        {
            drill.RoomCode = $"R{round.Season}{round.Number:00}{drill.Room:000}";
        }

        league.AddRound(round);
        return round;
    }

    /// <summary>Every drill of the latest round gets its debrief: each scorer gives every criterion <paramref name="score"/>.</summary>
    public static void ScoreRound(League league, int score, int fidelity)
    {
        foreach (var drill in league.LatestRound()!.Drills)
        {
            Assert.True(league.RecordDebrief(drill.RoomCode, Debrief(drill, score, fidelity)));
        }
    }

    /// <summary>Starts, scores and closes one round.</summary>
    public static LeagueRoundState PlayRound(League league, int score = 3, int fidelity = 3)
    {
        var round = StartRound(league);
        ScoreRound(league, score, fidelity);
        league.CloseRound(Fay, T0.AddDays(2));
        return round;
    }

    /// <summary>The debrief a league room reports: every scorer gives every criterion <paramref name="score"/>.</summary>
    public static Debrief Debrief(LeagueDrillState drill, int score, int fidelity)
    {
        var sheets = drill.ScorerIds.Select(s => new RubricSheet
        {
            ScorerId = s, ScorerName = s, Scores = Rubric.ToDictionary(c => c.Id, _ => (int?)score), SubmittedAt = T0.AddDays(1),
        }).ToList();
        var ratings = drill.ScorerIds.Select(s => new FidelityRating { ScorerId = s, ScorerName = s, Score = fidelity }).ToList();
        var consensus = ConsensusCalculator.PerCriterion(Rubric, sheets);
        AngerPoint[] anger = [new AngerPoint { Level = 4 }, new AngerPoint { Level = 4 }];
        return new Debrief
        {
            RoomCode = drill.RoomCode,
            DrillNumber = 1,
            Outcome = CallOutcome.Resolved,
            EndedAt = T0.AddDays(1).AddMinutes(10),
            Consensus = consensus,
            Rubrics = sheets,
            Fidelity = ratings,
            Rubric = Rubric,
            Figures = DebriefFiguresBuilder.Build(Rubric, sheets, consensus, [], [], CallOutcome.Resolved, anger, ratings),
        };
    }

    /// <summary>Every player id in the round's drills.</summary>
    public static IEnumerable<string> People(LeagueRoundState round) =>
        round.Drills.SelectMany(d => new[] { d.AgentId, d.CustomerId }.Concat(d.ScorerIds));

    /// <summary>
    /// The action is refused with exactly <paramref name="message"/>, and the league's state is byte for
    /// byte as it was.
    /// </summary>
    public static void AssertRefused(League league, string message, Action action)
    {
        var bytes = MessagePackSerializer.Serialize(league.State);

        var refusal = Assert.Throws<DrillRuleException>(action);

        Assert.Equal(message, refusal.Message);
        Assert.Equal(bytes, MessagePackSerializer.Serialize(league.State));
    }

    private static PublicBrief Brief(string id, string title, params string[] criteria) =>
        new() { CardId = id, Title = title, Criteria = criteria };
}
