using TeamDrill.Client.Session;
using TeamDrill.Client.Tui.Text;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace TeamDrill.Client.Tui.Widgets;

/// <summary>The bottom line: the keys that work on this screen right now, and the connection state at the right.</summary>
public sealed class KeyBar : View
{
    private readonly Palette _palette;
    private IReadOnlyList<KeyHint> _hints = [];
    private ConnectionState _connection = ConnectionState.Connected;
    private bool _showConnection;

    public KeyBar(Palette palette)
    {
        _palette = palette;
        Height = 1;
        Width = Dim.Fill();
        CanFocus = false;
    }

    public IReadOnlyList<KeyHint> Hints => _hints;

    /// <summary>What the bar says, as plain text (tests and screen readers of the pane).</summary>
    public string Line => string.Join("  ", _hints.Select(h => $"{h.Key} {h.Label}"));

    public string ConnectionText => !_showConnection ? "" : _connection switch
    {
        ConnectionState.Connected => "● connected",
        ConnectionState.Resynced => "● resynced",
        ConnectionState.Reconnecting => "○ reconnecting…",
        ConnectionState.Connecting => "○ connecting…",
        _ => "○ offline",
    };

    public void SetHints(IReadOnlyList<KeyHint> hints)
    {
        _hints = hints;
        SetNeedsDraw();
    }

    public void SetConnection(ConnectionState state)
    {
        _connection = state;
        _showConnection = true;
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var normal = GetAttributeForRole(VisualRole.Normal);
        var accent = _palette.Accent(normal);
        var connection = ConnectionText;
        var room = Math.Max(0, width - connection.Length - 1);
        var col = 0;
        Move(0, 0);
        SetAttribute(normal);
        AddStr(new string(' ', width));
        foreach (var hint in _hints)
        {
            var piece = $"{hint.Key} {hint.Label}";
            if (col + piece.Length > room)
            {
                break;
            }

            Move(col, 0);
            SetAttribute(accent ?? normal);
            AddStr(hint.Key);
            SetAttribute(normal);
            AddStr(" " + hint.Label);
            col += piece.Length + 2;
        }

        if (connection.Length > 0 && width > connection.Length)
        {
            Move(width - connection.Length, 0);
            SetAttribute(_connection is ConnectionState.Connected or ConnectionState.Resynced ? normal : accent ?? normal);
            AddStr(TextWrap.Fit(connection, connection.Length));
        }

        return true;
    }
}
