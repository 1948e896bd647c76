using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

/// <summary>Every screen, filled with a typical state, for the tests that go over all of them.</summary>
public static class ScreenGallery
{
    public static readonly IReadOnlyList<string> Names = ["signin", "lobby", "customer", "agent", "scorer", "debrief", "history", "league"];

    public static ScreenBase Build(string which, Palette palette)
    {
        switch (which)
        {
            case "signin":
                return new SignInScreen(palette, "http://127.0.0.1:5080", "Ana");
            case "lobby":
                var lobby = new LobbyScreen(palette, "Ana");
                lobby.SetRooms([TuiRoom.OnCall("p-ana")]);
                return lobby;
            case "customer":
                var customer = new CustomerScreen(palette);
                customer.Update(TuiRoom.OnCall("p-ana", withCard: true));
                return customer;
            case "agent":
                var agent = new AgentScreen(palette, new FixedTime(R.T0), null);
                agent.Update(TuiRoom.OnCall("p-ben"));
                return agent;
            case "scorer":
                var scorer = new ScorerScreen(palette);
                scorer.Update(TuiRoom.OnCall("p-cy"));
                return scorer;
            case "debrief":
                var debrief = new DebriefScreen(palette);
                debrief.Show(R.Debrief());
                return debrief;
            case "league":
                var league = new LeagueScreen(palette, "Ana", "LG4XYZ");
                league.Show(
                    new LeagueStandingsView
                    {
                        LeagueCode = "LG4XYZ",
                        Season = 1,
                        Tables = [new LeagueTableView { Name = "standings", Headers = ["Pos", "Name", "Points"], Numeric = [true, false, true], Rows = [["1", "Ana", "88"]] }],
                    },
                    [new LeagueAssignmentView { RoomCode = "RM7QKD", Round = 1, Role = DrillRole.Scorer, Status = "call" }]);
                return league;
            default:
                var history = new HistoryScreen(palette);
                history.SetEntries([new() { RoomCode = R.Code, DrillNumber = 1, CardTitle = "Charged twice", EndedAt = R.T0 }]);
                return history;
        }
    }
}
