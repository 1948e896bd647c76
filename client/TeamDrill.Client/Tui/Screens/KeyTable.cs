using TeamDrill.Client.Tui.Widgets;
using Terminal.Gui.Input;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>A screen's keys in the order the key bar and the help show them; the first working key that matches a press handles it.</summary>
public sealed class KeyTable
{
    private const int NameColumn = 9;

    public KeyTable(IReadOnlyList<ScreenKey> keys)
    {
        Keys = keys;
    }

    public static KeyTable Empty { get; } = new([]);

    public IReadOnlyList<ScreenKey> Keys { get; }

    /// <summary>Every key name the table declares, once each (what <c>docs/tui.md</c> lists for the screen).</summary>
    public IReadOnlyList<string> Names => [.. Keys.Select(k => k.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>The working key for <paramref name="key"/>, if any (it may leave the doing to a field or list).</summary>
    public ScreenKey? Find(Key key) => Keys.FirstOrDefault(k => k.IsFor(key) && k.When());

    /// <summary>Runs the key's action; true when the table handled the press.</summary>
    public bool Handle(Key key)
    {
        if (Find(key) is not { Run: { } run })
        {
            return false;
        }

        run(key);
        return true;
    }

    public IReadOnlyList<KeyHint> BarHints() => [.. Keys.Where(k => k.ShownOnBar).Select(k => new KeyHint(k.Name, k.BarLabel))];

    /// <summary>"name     what it does", one per key with a help sentence: keys without a section first, then each section under its heading.</summary>
    public IEnumerable<string> HelpLines()
    {
        foreach (var section in Keys.Where(k => k.Help.Length > 0).GroupBy(k => k.Section).OrderBy(g => g.Key.Length > 0))
        {
            if (section.Key.Length > 0)
            {
                yield return "";
                yield return section.Key;
            }

            foreach (var key in section)
            {
                yield return (key.Name.Length < NameColumn ? key.Name.PadRight(NameColumn) : key.Name + "  ") + key.Help;
            }
        }
    }
}
