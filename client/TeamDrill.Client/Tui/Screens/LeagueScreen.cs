using System.Globalization;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>
/// A league: its standings as a table, my assignments in the latest round (Enter joins the room), and
/// my skill profile as bars per rubric criterion with the trend.
/// </summary>
public sealed class LeagueScreen : ScreenBase
{
    private const int BarWidth = 20;
    private readonly TextField _code;
    private readonly WrappedListSource _standings = new() { CursorGutter = true };
    private readonly WrappedListSource _mine = new() { CursorGutter = true };
    private readonly ScreenListView _standingsList;
    private readonly ScreenListView _mineList;
    private IReadOnlyList<LeagueAssignmentView> _assignments = [];

    public LeagueScreen(Palette palette, string myName, string lastCode)
        : base(palette)
    {
        MyName = myName;
        Title = "League";
        Add(new Label { X = 0, Y = 0, Text = "League code:" });
        _code = new TextField { X = 13, Y = 0, Width = 10, Text = lastCode };
        var standingsFrame = new FrameView { Title = "Standings", X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Percent(50) };
        _standingsList = new ScreenListView { Width = Dim.Fill(), Height = Dim.Fill(), Source = _standings };
        _standingsList.ViewportChanged += (_, _) => _standings.SetWidth(_standingsList.Viewport.Width);
        standingsFrame.Add(_standingsList);
        var mineFrame = new FrameView { Title = "My assignments and skill profile", X = 0, Y = Pos.Bottom(standingsFrame), Width = Dim.Fill(), Height = Dim.Fill(2) };
        _mineList = new ScreenListView { Width = Dim.Fill(), Height = Dim.Fill(), Source = _mine };
        _mineList.ViewportChanged += (_, _) => _mine.SetWidth(_mineList.Viewport.Width);
        mineFrame.Add(_mineList);
        Add(_code, standingsFrame, mineFrame);
        RouteKeysFrom(_standingsList);
        RouteKeysFrom(_mineList);
        _code.Accepting += (_, e) =>
        {
            e.Handled = true;
            LoadRequested?.Invoke(this, _code.Text.Trim().ToUpperInvariant());
        };
        _standings.Add(-1, "Type a league code and press Enter.");
        _code.SetFocus();
        UseKeys(
        [
            // In the code field Enter is the field's own (it loads); on an assignment it joins the room.
            new("Enter", "Load / join room", "(in the code field) load the league; (on an assignment) join that room")
            {
                When = () => SelectedAssignment is not null,
                OnBar = ScreenKey.Always,
                Run = _ => JoinRoomRequested?.Invoke(this, SelectedAssignment!.RoomCode),
            },
            new("r", "Refresh", "refresh") { When = () => !_code.HasFocus, OnBar = ScreenKey.Always, Run = _ => LoadRequested?.Invoke(this, Code) },
            TabKey("Panes", "move between the code, the standings and your part"),
            HelpKey("F1"),
            BackKey("Back", "back to the lobby"),
        ]);
    }

    public event EventHandler<string>? LoadRequested;

    public event EventHandler<string>? JoinRoomRequested;

    public string MyName { get; }

    public string Code => _code.Text.Trim().ToUpperInvariant();

    public void Show(LeagueStandingsView standings, IReadOnlyList<LeagueAssignmentView> assignments)
    {
        var alpha = standings.SeasonOrdinalAlpha.Alpha is { } seasonAlpha ? $"α {seasonAlpha.ToString("0.00", CultureInfo.InvariantCulture)}" : "α n/a";
        Title = $"League {DisplayText.Clean(standings.LeagueCode)} — season {standings.Season}, {standings.RoundsClosed} round(s) closed, agreement {alpha}";
        _standings.Clear();
        var table = standings.Tables.FirstOrDefault(t => t.Name == "standings");
        var key = 0;
        if (table is null || table.Rows.Count == 0)
        {
            _standings.Add(-1, "(no closed rounds yet)");
        }
        else
        {
            foreach (var line in TableLines(table))
            {
                _standings.Add(key++, line);
            }
        }

        _assignments = assignments;
        _mine.Clear();
        _mine.Add(-1, "Upcoming and current drills:");
        if (assignments.Count == 0)
        {
            _mine.Add(-1, "  (none in the latest round)");
        }

        for (var i = 0; i < assignments.Count; i++)
        {
            var a = assignments[i];
            _mine.Add(i, $"  round {a.Round}: room {DisplayText.Clean(a.RoomCode)} as {DisplayText.Role(a.Role)} ({DisplayText.Clean(a.Status)}), agent {DisplayText.Clean(a.AgentName)}");
        }

        if (assignments.Count > 0)
        {
            _mineList.SelectedItem = 1; // the first assignment, under its heading
        }

        _mine.Add(-1, "");
        _mine.Add(-1, $"Skill profile of {DisplayText.Clean(MyName)} (mean consensus 1-5, trend):");
        foreach (var line in ProfileLines(standings.Tables.FirstOrDefault(t => t.Name == "profiles"), MyName))
        {
            _mine.Add(-1, line);
        }

        SetNeedsDraw();
    }

    /// <summary>A table as fixed-width text lines, numeric columns right-aligned.</summary>
    public static IEnumerable<string> TableLines(LeagueTableView table)
    {
        var widths = table.Headers.Select((h, i) => Math.Max(h.Length, table.Rows.Select(r => i < r.Count ? DisplayText.Clean(r[i]).Length : 0).DefaultIfEmpty(0).Max())).ToList();
        string Cell(string text, int i) => i < table.Numeric.Count && table.Numeric[i] ? text.PadLeft(widths[i]) : text.PadRight(widths[i]);
        yield return string.Join("  ", table.Headers.Select((h, i) => Cell(h, i))).TrimEnd();
        foreach (var row in table.Rows)
        {
            yield return string.Join("  ", row.Select((c, i) => Cell(DisplayText.Clean(c), i))).TrimEnd();
        }
    }

    /// <summary>One bar per criterion from the profiles table rows of <paramref name="name"/>.</summary>
    public static IEnumerable<string> ProfileLines(LeagueTableView? profiles, string name)
    {
        var nameColumn = profiles?.Headers.ToList().IndexOf("Name") ?? -1;
        var rows = profiles is null || nameColumn < 0 ? [] : profiles.Rows.Where(r => r.Count > nameColumn && r[nameColumn] == name).ToList();
        if (rows.Count == 0)
        {
            yield return "  (no scored drills as agent yet)";
            yield break;
        }

        var headers = profiles!.Headers.ToList();
        int criterion = headers.IndexOf("Criterion"), mean = headers.IndexOf("Mean"), trend = headers.IndexOf("Trend");
        foreach (var row in rows)
        {
            var value = double.TryParse(row[mean], NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : 0;
            var filled = (int)Math.Round(Math.Clamp((value - 1) / 4, 0, 1) * BarWidth);
            yield return $"  {DisplayText.Clean(row[criterion]),-18} {new string('█', filled)}{new string('░', BarWidth - filled)} {row[mean]} {DisplayText.Clean(row[trend])}";
        }
    }

    protected override void FocusDefault() => _code.SetFocus();

    protected override IReadOnlyList<View> FocusCycle => [_code, _standingsList, _mineList];

    protected override IEnumerable<string> HelpIntro() => ["A league: the standings, your drills in the latest round, and your skill profile."];

    protected override IEnumerable<string> HelpNotes() =>
        ["Ratings are shown as rating ± twice the deviation; facilitators run the league with teamdrill league ... (see the README)."];

    private LeagueAssignmentView? SelectedAssignment =>
        _mineList.HasFocus && _mineList.SelectedItem is { } row && _mine.KeyAt(row) is var i && i >= 0 && i < _assignments.Count ? _assignments[i] : null;
}
