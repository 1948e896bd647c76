using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>My finished drills, newest first; Enter opens a debrief again.</summary>
public sealed class HistoryScreen : ScreenBase
{
    private readonly ScreenListView _list;
    private readonly WrappedListSource _rows = new() { CursorGutter = true };
    private IReadOnlyList<HistoryEntry> _entries = [];

    public HistoryScreen(Palette palette)
        : base(palette)
    {
        Title = "History";
        var frame = new FrameView { Title = "Your drills (newest first)", X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(2) };
        _list = new ScreenListView { Width = Dim.Fill(), Height = Dim.Fill(), Source = _rows };
        _list.ViewportChanged += (_, _) => _rows.SetWidth(_list.Viewport.Width);
        frame.Add(_list);
        Add(frame);
        RouteKeysFrom(_list);
        _rows.Add(-1, "(loading…)");
        _list.SetFocus();
        UseKeys(
        [
            new("↑↓", "Move", "pick a drill") { OnBar = ScreenKey.Never },
            new("Enter", "Open debrief", "open its debrief") { When = () => SelectedEntry is not null, OnBar = ScreenKey.Always, Run = _ => DebriefRequested?.Invoke(this, SelectedEntry!) },
            new("r", "Refresh", "refresh the list") { Run = _ => RefreshRequested?.Invoke(this, EventArgs.Empty) },
            HelpKey(),
            BackKey("Back", "back to the lobby"),
        ]);
    }

    public event EventHandler<HistoryEntry>? DebriefRequested;
    public event EventHandler? RefreshRequested;

    public void SetEntries(IReadOnlyList<HistoryEntry> entries)
    {
        _entries = [.. entries.OrderByDescending(e => e.EndedAt)];
        _rows.Clear();
        for (var i = 0; i < _entries.Count; i++)
        {
            _rows.Add(i, Row(_entries[i]));
        }

        if (_entries.Count == 0)
        {
            _rows.Add(-1, "(no finished drills yet)");
        }

        _list.SelectedItem = 0;
    }

    public static string Row(HistoryEntry e) =>
        $"{e.EndedAt:yyyy-MM-dd HH:mm}  {DisplayText.Clean(e.RoomCode)} #{e.DrillNumber}  {DisplayText.Role(e.MyRole),-8} " +
        $"{DisplayText.Outcome(e.Outcome),-9} {(e.OverallScore is { } s ? DisplayText.Decimal(s) : "n/a"),4}  {DisplayText.Clean(e.CardTitle)} (agent {DisplayText.Clean(e.AgentName)})";

    protected override void FocusDefault() => _list.SetFocus();

    protected override IEnumerable<string> HelpIntro() => ["Your history: every drill you took part in that reached a debrief."];

    private HistoryEntry? SelectedEntry =>
        _list.SelectedItem is { } row && _rows.KeyAt(row) is var i && i >= 0 && i < _entries.Count ? _entries[i] : null;
}
