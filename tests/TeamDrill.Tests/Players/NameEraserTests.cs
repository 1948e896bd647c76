using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Privacy;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Players;

/// <summary>The pure erasure: one player's name goes from every place a debrief, a room or a league keeps it; nobody else's does.</summary>
public sealed class NameEraserTests
{
    private static readonly NameEraser Eraser = new("ana-id", "former member 1");

    [Fact]
    public void every_name_of_the_player_in_a_debrief_becomes_the_label_and_what_was_said_stays()
    {
        var debrief = new Debrief
        {
            Participants = [Member("ana-id", "Ana", DrillRole.Scorer), Member("ben-id", "Ben", DrillRole.Agent)],
            Transcript = [new TranscriptMessage { Number = 1, SenderId = "ben-id", SenderName = "Ben", Text = "Thanks, Ana." }],
            Tags = [new MessageTag { ScorerId = "ana-id", ScorerName = "Ana", MessageNumber = 1, Technique = "empathy" }],
            Rubrics = [new RubricSheet { ScorerId = "ana-id", ScorerName = "Ana" }],
            Fidelity = [new FidelityRating { ScorerId = "ana-id", ScorerName = "Ana", Score = 4 }],
            SupportLines = [new SupportLine { ScorerId = "ana-id", ScorerName = "Ana", Text = "Calm voice." }],
            Figures = new DebriefFigures { Calibration = [new ScorerCalibration { ScorerId = "ana-id", ScorerName = "Ana", Leaning = "in line" }] },
            Reflection = "Ana's tags helped.",
        };
        Assert.True(Eraser.Mentions(debrief));

        var erased = Eraser.Erase(debrief);

        Assert.Equal(["former member 1", "Ben"], erased.Participants.Select(p => p.Name));
        Assert.Equal("former member 1", Assert.Single(erased.Tags).ScorerName);
        Assert.Equal("former member 1", Assert.Single(erased.Rubrics).ScorerName);
        Assert.Equal("former member 1", Assert.Single(erased.Fidelity).ScorerName);
        Assert.Equal(("former member 1", "Calm voice."), (Assert.Single(erased.SupportLines).ScorerName, erased.SupportLines[0].Text));
        Assert.Equal(("former member 1", "in line"), (erased.Figures!.Calibration[0].ScorerName, erased.Figures.Calibration[0].Leaning));
        Assert.Equal(("Ben", "Thanks, Ana."), (erased.Transcript[0].SenderName, erased.Transcript[0].Text));
        Assert.Equal("Ana's tags helped.", erased.Reflection);
        Assert.False(new NameEraser("cy-id", "former member 2").Mentions(debrief));
    }

    [Fact]
    public void a_league_shows_the_label_for_the_player_in_members_and_results_and_keeps_the_scores()
    {
        var league = new LeagueState
        {
            Code = "K7QX2M",
            FacilitatorId = "fay-id",
            FacilitatorName = "Fay",
            Members = [new LeagueMemberState { PlayerId = "ana-id", Name = "Ana" }, new LeagueMemberState { PlayerId = "ben-id", Name = "Ben" }],
            Rounds =
            [
                new LeagueRoundState
                {
                    Drills =
                    [
                        new LeagueDrillState
                        {
                            AgentId = "ana-id",
                            RoomCode = "ROOM01",
                            Result = new LeagueDrillResult
                            {
                                AgentScore = 0.8,
                                Names = new Dictionary<string, string> { ["ana-id"] = "Ana", ["ben-id"] = "Ben" },
                                Sheets = [new RubricSheet { ScorerId = "ben-id", ScorerName = "Ben" }],
                            },
                        },
                    ],
                },
            ],
        };

        Eraser.Erase(league);

        Assert.Equal(["former member 1", "Ben"], league.Members.Select(m => m.Name));
        var result = league.Rounds[0].Drills[0].Result!;
        Assert.Equal(("former member 1", "Ben", 0.8), (result.Names["ana-id"], result.Names["ben-id"], result.AgentScore!.Value));
        Assert.Equal("Fay", league.FacilitatorName);
        Assert.Equal(["ROOM01"], LeagueMembershipRecord.Of(league, "ana-id")!.RoomCodes);
    }

    [Fact]
    public void a_rooms_members_and_running_drill_show_the_label()
    {
        var room = new RoomState
        {
            Members = [new RoomMember { PlayerId = "ana-id", Name = "Ana" }, new RoomMember { PlayerId = "ben-id", Name = "Ben" }],
            Current = new DrillRecord
            {
                Participants = [Member("ana-id", "Ana", DrillRole.Customer)],
                Transcript = [new TranscriptMessage { Number = 1, SenderId = "ana-id", SenderName = "Ana", Text = "Where is my bike?" }],
            },
        };
        Assert.True(Eraser.Mentions(room));

        Eraser.Erase(room);

        Assert.Equal(["former member 1", "Ben"], room.Members.Select(m => m.Name));
        Assert.Equal("former member 1", room.Current.Participants[0].Name);
        Assert.Equal(("former member 1", "Where is my bike?"), (room.Current.Transcript[0].SenderName, room.Current.Transcript[0].Text));
    }

    private static MemberView Member(string id, string name, DrillRole role) => new() { PlayerId = id, Name = name, Role = role };
}
