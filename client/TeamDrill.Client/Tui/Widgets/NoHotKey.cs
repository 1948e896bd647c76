using System.Text;

namespace TeamDrill.Client.Tui.Widgets;

/// <summary>
/// A label's hot-key marker that never occurs in text. Terminal.Gui hides the character after '_' marks as a
/// hot key, so a label showing server text (a projector link's key, a name like "Ana_B") would lose its '_'.
/// </summary>
public static class NoHotKey
{
    public static readonly Rune Specifier = new(0xFFFF);
}
