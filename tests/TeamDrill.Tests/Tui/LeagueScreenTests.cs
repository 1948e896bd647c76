using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.Input;

namespace TeamDrill.Tests.Tui;

[Collection(TuiCollection.Name)]
public sealed class LeagueScreenTests : IDisposable
{
    private readonly Headless _ui = new();

    private static LeagueStandingsView Standings() => new()
    {
        LeagueCode = "LG4XYZ",
        Season = 1,
        RoundsClosed = 2,
        Tables =
        [
            new LeagueTableView
            {
                Name = "standings",
                Headers = ["Pos", "Name", "Points", "Drills", "Rating"],
                Numeric = [true, false, true, true, false],
                Rows = [["1", "Ana", "142", "2", "1581 ± 452"], ["2", "Ben", "120", "2", "1502 ± 460"]],
            },
            new LeagueTableView
            {
                Name = "profiles",
                Headers = ["Member", "Name", "Criterion", "Mean", "Drills", "Slope per drill", "Trend"],
                Numeric = [false, false, false, true, true, true, false],
                Rows = [["p-ana", "Ana", "empathy", "4.50", "2", "", "steady"], ["p-ana", "Ana", "ownership", "2.00", "2", "", "steady"], ["p-ben", "Ben", "empathy", "1.00", "2", "", "steady"]],
            },
        ],
    };

    private static IReadOnlyList<LeagueAssignmentView> Assignments() =>
        [new LeagueAssignmentView { LeagueCode = "LG4XYZ", Round = 3, RoomCode = "RM7QKD", Role = DrillRole.Agent, AgentName = "Ana", Status = "call" }];

    [Fact]
    public void shows_the_standings_table_my_assignment_and_my_skill_profile_as_bars()
    {
        var screen = _ui.Show(new LeagueScreen(new Palette(true), "Ana", "LG4XYZ"));

        screen.Show(Standings(), Assignments());

        var text = _ui.Text;
        Assert.Contains("Pos  Name  Points  Drills  Rating", text);
        Assert.Contains("1581 ± 452", text);
        Assert.Contains("round 3: room RM7QKD as agent (call)", text);
        Assert.Contains("empathy            ██████████████████░░ 4.50 steady", text);
        Assert.Contains("ownership          █████░░░░░░░░░░░░░░░ 2.00", text);
        Assert.DoesNotContain("1.00", text); // Ben's profile is not mine
    }

    [Fact]
    public void enter_loads_a_code_and_on_an_assignment_joins_its_room_as_the_key_bar_says()
    {
        var screen = _ui.Show(new LeagueScreen(new Palette(true), "Ana", ""));
        var raised = new List<string>();
        screen.LoadRequested += (_, code) => raised.Add("load " + code);
        screen.JoinRoomRequested += (_, code) => raised.Add("join " + code);
        Assert.Contains("Enter Load / join room", screen.KeyBar.Line);

        _ui.Type("lg4xyz");
        _ui.Press(Key.Enter);
        screen.Show(Standings(), Assignments());
        _ui.Press(Key.Tab, Key.Tab, Key.Enter);

        Assert.Equal(["load LG4XYZ", "join RM7QKD"], raised);
    }

    [Fact]
    public void with_no_closed_round_and_no_drills_it_says_so()
    {
        var screen = _ui.Show(new LeagueScreen(new Palette(true), "Cy", "LG4XYZ"));

        screen.Show(new LeagueStandingsView { LeagueCode = "LG4XYZ", Season = 1 }, []);

        Assert.Contains("(no closed rounds yet)", _ui.Text);
        Assert.Contains("(none in the latest round)", _ui.Text);
        Assert.Contains("(no scored drills as agent yet)", _ui.Text);
    }

    public void Dispose() => _ui.Dispose();
}
