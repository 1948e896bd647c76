using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.Input;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

[Collection(TuiCollection.Name)]
public sealed class HistoryScreenTests : IDisposable
{
    private readonly Headless _ui = new();

    private static readonly HistoryEntry Older = new()
    {
        RoomCode = "ABC234", DrillNumber = 1, CardTitle = "Charged twice", MyRole = DrillRole.Agent, AgentName = "Ben",
        Outcome = CallOutcome.Resolved, OverallScore = 4.2, EndedAt = R.T0,
    };

    private static readonly HistoryEntry Newer = new()
    {
        RoomCode = "ABC234", DrillNumber = 2, CardTitle = "Late bike", MyRole = DrillRole.Scorer, AgentName = "Cy",
        Outcome = CallOutcome.Escalated, OverallScore = null, EndedAt = R.T0.AddHours(1),
    };

    [Fact]
    public void lists_my_drills_newest_first_and_enter_opens_the_selected_debrief()
    {
        var screen = _ui.Show(new HistoryScreen(new Palette(true)));
        HistoryEntry? opened = null;
        screen.DebriefRequested += (_, e) => opened = e;

        screen.SetEntries([Older, Newer]);
        var text = _ui.Text;
        Assert.True(text.IndexOf("Late bike", StringComparison.Ordinal) < text.IndexOf("Charged twice", StringComparison.Ordinal));
        Assert.Contains("scorer   escalated  n/a", text);
        _ui.Press(Key.CursorDown, Key.Enter);

        Assert.Same(Older, opened);
        Assert.Contains("Enter Open debrief", screen.KeyBar.Line);
    }

    [Fact]
    public void r_refreshes_and_esc_goes_back()
    {
        var screen = _ui.Show(new HistoryScreen(new Palette(true)));
        var raised = new List<string>();
        screen.RefreshRequested += (_, _) => raised.Add("refresh");
        screen.BackRequested += (_, _) => raised.Add("back");

        _ui.Type("r");
        _ui.Press(Key.Esc);

        Assert.Equal(["refresh", "back"], raised);
    }

    public void Dispose() => _ui.Dispose();
}
