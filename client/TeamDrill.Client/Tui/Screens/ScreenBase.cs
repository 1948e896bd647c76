using TeamDrill.Client.Session;
using TeamDrill.Client.Tui.Text;
using TeamDrill.Client.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>
/// What every screen shares: a key bar at the bottom with the connection state, a one-line message
/// area above it, and the screen's <see cref="KeyTable"/>, which handles its keys and writes its key
/// bar and its help (F1, or ? where ? is not typed into a field). Esc backs out (raising
/// <see cref="BackRequested"/>; the controller decides where back is).
/// Screens are passive: they raise intent events and are changed by mutators on the UI thread.
/// </summary>
public abstract class ScreenBase : Window
{
    private readonly FrameView _help;
    private readonly Label _helpText;
    private readonly Label _message;

    protected ScreenBase(Palette palette)
    {
        Palette = palette;
        if (palette.Monochrome is { } monochrome)
        {
            SetScheme(monochrome);
        }

        Width = Dim.Fill();
        Height = Dim.Fill();
        KeyBar = new KeyBar(palette) { X = 0, Y = Pos.AnchorEnd(1) };
        _message = new Label { HotKeySpecifier = NoHotKey.Specifier, X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 1, Text = "" };
        _helpText = new Label { X = 1, Y = 0, Width = Dim.Fill(1), Height = Dim.Fill() };
        _help = new FrameView
        {
            Title = "Help (any key closes)",
            X = Pos.Center(),
            Y = 0,
            Width = Dim.Fill(2),
            Height = Dim.Fill(),
            Visible = false,
            CanFocus = true,
        };
        _help.Add(_helpText);
        _help.KeyDown += (_, key) =>
        {
            HideHelp();
            key.Handled = true;
        };
        base.Add(_message, KeyBar);
    }

    /// <summary>Esc on this screen (with no help or picker open).</summary>
    public event EventHandler? BackRequested;

    protected Palette Palette { get; }

    public KeyBar KeyBar { get; }

    public bool HelpVisible => _help.Visible;

    /// <summary>This screen's keys: they drive its key handling, its key bar and its help.</summary>
    public KeyTable Keys { get; private set; } = KeyTable.Empty;

    /// <summary>What the help says before the keys: what this screen is.</summary>
    protected abstract IEnumerable<string> HelpIntro();

    /// <summary>What the help says after the keys, if anything.</summary>
    protected virtual IEnumerable<string> HelpNotes() => [];

    public void SetConnection(ConnectionState state) => KeyBar.SetConnection(state);

    /// <summary>A one-line notice (an error starts with "!").</summary>
    public void ShowMessage(string text)
    {
        _message.Text = text.ReplaceLineEndings(" ");
        _message.SetNeedsDraw();
    }

    public void ShowHelp()
    {
        // One column short of the label's width: a line exactly as wide as the label wraps again.
        var width = Math.Max(30, (_help.Frame.Width > 0 ? _help.Frame.Width - 4 : Frame.Width - 8) - 1);
        var notes = HelpNotes().ToList();
        var lines = HelpIntro().Append("").Concat(Keys.HelpLines()).Concat(notes.Count > 0 ? notes.Prepend("") : []);
        _helpText.Text = string.Join('\n', lines.SelectMany(l => WrapHelpLine(l, width)));
        _help.Visible = true;

        // Last added draws on top of the screen's own panes.
        if (_help.SuperView is not null)
        {
            Remove(_help);
        }

        base.Add(_help);

        _help.SetFocus();
        SetNeedsDraw();
    }

    public void HideHelp()
    {
        _help.Visible = false;
        FocusDefault();
        SetNeedsDraw();
    }

    /// <summary>Puts focus where typing or moving makes sense on this screen.</summary>
    protected virtual void FocusDefault()
    {
    }

    /// <summary>The panes Tab and Shift+Tab move between, in order (Terminal.Gui's own Tab stays inside a frame).</summary>
    protected virtual IReadOnlyList<View> FocusCycle => [];

    /// <summary>Declares the screen's keys (once, at the end of its constructor) and shows them on the bar.</summary>
    protected void UseKeys(IReadOnlyList<ScreenKey> keys)
    {
        Keys = new KeyTable(keys);
        RefreshKeyBar();
    }

    /// <summary>Puts the keys that work now on the bar; screens call it when what works changes.</summary>
    protected void RefreshKeyBar() => KeyBar.SetHints(Keys.BarHints());

    /// <summary>F1 (and ?, when no field would take it as text) opens the help; <paramref name="name"/> is what the bar shows.</summary>
    protected ScreenKey HelpKey(string name = "?", Func<bool>? onBar = null) =>
        new(name, "Help", "")
        {
            Matches = key => key == Key.F1 || key.AsRune.Value == '?',
            OnBar = onBar,
            Run = _ => ShowHelp(),
        };

    /// <summary>Esc: back out of this screen (the controller decides where to).</summary>
    protected ScreenKey BackKey(string label, string help) =>
        new("Esc", label, help) { Run = _ => BackRequested?.Invoke(this, EventArgs.Empty) };

    /// <summary>Tab and Shift+Tab: the next or previous pane of <see cref="FocusCycle"/>.</summary>
    protected ScreenKey TabKey(string label, string help) =>
        new("Tab", label, help) { Run = CycleFocus };

    /// <summary>Lets a list (which would take letters and digits for its type-to-search) pass this screen's keys first.</summary>
    protected void RouteKeysFrom(ScreenListView view) => view.ScreenKeys = HandleScreenKey;

    protected override bool OnKeyDown(Key key) => HandleScreenKey(key) || base.OnKeyDown(key);

    // "key      what it does": a long line wraps under the description, not under the key.
    private static IEnumerable<string> WrapHelpLine(string line, int width)
    {
        const int keyColumn = 9;
        if (line.Length <= width)
        {
            return [line];
        }

        var isKeyLine = line.Length > keyColumn && line[keyColumn - 1] == ' ' && line[..keyColumn].Contains("  ", StringComparison.Ordinal);
        if (!isKeyLine)
        {
            return TextWrap.Wrap(line, width, "  ");
        }

        var wrapped = TextWrap.Wrap(line[keyColumn..].Trim(), width - keyColumn);
        return wrapped.Select((l, i) => (i == 0 ? line[..keyColumn] : new string(' ', keyColumn)) + l);
    }

    /// <summary>The help closes on any key; otherwise the key table gets the key. True when handled.</summary>
    protected bool HandleScreenKey(Key key)
    {
        if (_help.Visible)
        {
            HideHelp();
            return true;
        }

        if (!Keys.Handle(key))
        {
            return false;
        }

        RefreshKeyBar();
        return true;
    }

    private void CycleFocus(Key key)
    {
        var cycle = FocusCycle.Where(v => v.Visible && v.Enabled).ToList();
        if (cycle.Count > 1)
        {
            var at = cycle.FindIndex(v => v.HasFocus);
            var next = key == Key.Tab.WithShift ? at - 1 + cycle.Count : at + 1;
            cycle[next % cycle.Count].SetFocus();
        }
    }
}
