using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Widgets;

/// <summary>
/// A ListView that lets its screen see a key first: a plain ListView takes letters and digits for
/// type-to-search before any KeyDown handler runs, which would swallow the screen's one-key commands.
/// </summary>
public sealed class ScreenListView : ListView
{
    /// <summary>The screen's keys; true when the screen handled the key.</summary>
    public Func<Key, bool>? ScreenKeys { get; set; }

    protected override bool OnKeyDown(Key key) => ScreenKeys?.Invoke(key) == true || base.OnKeyDown(key);
}
