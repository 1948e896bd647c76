using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.Input;
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
        KeyBar.SetHints([new("Enter", "Open debrief"), new("r", "Refresh"), new("?", "Help"), new("Esc", "Back")]);
        _rows.Add(-1, "(loading…)");
        _list.SetFocus();
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

    protected override bool HandleKey(Key key)
    {
        if (key.AsRune.Value == 'r')
        {
            RefreshRequested?.Invoke(this, EventArgs.Empty);
            return true;
        }

        if (key == Key.Enter && _list.SelectedItem is { } row && _rows.KeyAt(row) is var i && i >= 0 && i < _entries.Count)
        {
            DebriefRequested?.Invoke(this, _entries[i]);
            return true;
        }

        return false;
    }

    protected override IEnumerable<string> HelpLines() =>
    [
        "Your history: every drill you took part in that reached a debrief.",
        "",
        "↑ ↓      pick a drill",
        "Enter    open its debrief",
        "r        refresh the list",
        "Esc      back to the lobby",
    ];
}
