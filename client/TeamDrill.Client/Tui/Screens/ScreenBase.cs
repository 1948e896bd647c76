using TeamDrill.Client.Session;
using TeamDrill.Client.Tui.Text;
using TeamDrill.Client.Tui.Widgets;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>
/// What every screen shares: a key bar at the bottom with the connection state, a one-line message
/// area above it, help for this screen on F1 (and on ? where ? is not typed into a field), and Esc to
/// back out (raising <see cref="BackRequested"/>; the controller decides where back is).
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
        _message = new Label { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 1, Text = "" };
        _helpText = new Label { X = 1, Y = 0, Width = Dim.Fill(1), Height = Dim.Fill() };
        _help = new FrameView
        {
            Title = "Help (any key closes)",
            X = Pos.Center(),
            Y = 0,
            Width = Dim.Fill(2),
            Height = Dim.Fill(1),
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

    /// <summary>The lines the help overlay shows: one per key, then anything worth knowing here.</summary>
    protected abstract IEnumerable<string> HelpLines();

    public void SetConnection(ConnectionState state) => KeyBar.SetConnection(state);

    /// <summary>A one-line notice (an error starts with "!").</summary>
    public void ShowMessage(string text)
    {
        _message.Text = text.ReplaceLineEndings(" ");
        _message.SetNeedsDraw();
    }

    public void ShowHelp()
    {
        var width = Math.Max(30, _help.Frame.Width > 0 ? _help.Frame.Width - 4 : Frame.Width - 8);
        var lines = HelpLines().Append("").Append("Esc backs out of this screen; F1 shows this help anywhere.");
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

    /// <summary>Keys of this screen; true when handled. Runs for keys the focused field did not take.</summary>
    protected virtual bool HandleKey(Key key) => false;

    /// <summary>Lets a list (which would take letters and digits for its type-to-search) pass this screen's keys first.</summary>
    protected void RouteKeysFrom(ScreenListView view) =>
        view.ScreenKeys = key => IsScreenKey(key) && HandleScreenKey(key);

    /// <summary>Keys a list would otherwise swallow: printable characters, Enter and F-keys.</summary>
    protected virtual bool IsScreenKey(Key key) =>
        key == Key.Enter || key == Key.Tab || key == Key.Tab.WithShift || key.KeyCode is >= KeyCode.F1 and <= KeyCode.F12 || (key.AsRune.Value is > 32 and < 127 && !key.IsCtrl && !key.IsAlt);

    protected override bool OnKeyDown(Key key)
    {
        if (HandleScreenKey(key))
        {
            return true;
        }

        if (key == Key.Esc)
        {
            BackRequested?.Invoke(this, EventArgs.Empty);
            return true;
        }

        return base.OnKeyDown(key);
    }

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

    private bool HandleScreenKey(Key key)
    {
        if (_help.Visible)
        {
            HideHelp();
            return true;
        }

        if (key == Key.F1 || key.AsRune.Value == '?')
        {
            ShowHelp();
            return true;
        }

        if (HandleKey(key))
        {
            return true;
        }

        var cycle = FocusCycle.Where(v => v.Visible && v.Enabled).ToList();
        if ((key == Key.Tab || key == Key.Tab.WithShift) && cycle.Count > 1)
        {
            var at = cycle.FindIndex(v => v.HasFocus);
            var next = key == Key.Tab ? at + 1 : at - 1 + cycle.Count;
            cycle[next % cycle.Count].SetFocus();
            OnFocusCycled();
            return true;
        }

        return false;
    }

    /// <summary>After Tab moved focus: screens whose key bar depends on focus refresh it.</summary>
    protected virtual void OnFocusCycled()
    {
    }
}
