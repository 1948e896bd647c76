using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>
/// One key of a screen, declared once: its name as the player presses it (and as <c>docs/tui.md</c> lists
/// it), its word on the key bar, its line in the help, when it works, and what it does.
/// </summary>
public sealed record ScreenKey(string Name, string Label, string Help)
{
    /// <summary>Which pressed keys count as this one; by default the key <see cref="Name"/> names.</summary>
    public Func<Key, bool>? Matches { get; init; }

    /// <summary>Whether the key works right now; it is handled and shown on the bar only then.</summary>
    public Func<bool> When { get; init; } = Always;

    /// <summary>Whether it is on the key bar right now, when that differs from <see cref="When"/>.</summary>
    public Func<bool>? OnBar { get; init; }

    /// <summary>The bar's word when it depends on the state (Pause or Resume).</summary>
    public Func<string>? LabelNow { get; init; }

    /// <summary>What the key does. Null when a field or list of the screen does it (Enter in a text field, arrows in a list).</summary>
    public Action<Key>? Run { get; init; }

    /// <summary>The help's heading over this key ("Host only:"), empty for none.</summary>
    public string Section { get; init; } = "";

    public static bool Always() => true;

    public static bool Never() => false;

    public bool IsFor(Key key) => Matches?.Invoke(key) ?? ByName(Name, key);

    public bool ShownOnBar => (OnBar ?? When)();

    public string BarLabel => LabelNow?.Invoke() ?? Label;

    /// <summary>"Enter", "Esc", "Tab" (and Shift+Tab), "F1".."F12", "↑↓", or a single character.</summary>
    private static bool ByName(string name, Key key) => name switch
    {
        "Enter" => key == Key.Enter,
        "Esc" => key == Key.Esc,
        "Tab" => key == Key.Tab || key == Key.Tab.WithShift,
        "↑↓" => key == Key.CursorUp || key == Key.CursorDown,
        ['F', _, ..] when Enum.TryParse<KeyCode>(name, out var code) => key.KeyCode == code,
        [var c] => key.AsRune.Value == c && !key.IsCtrl && !key.IsAlt,
        _ => false,
    };
}
