using System.Reflection;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using Terminal.Gui.Input;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

/// <summary>Every key the key bar offers on a screen does something: raises an intent or visibly changes the screen.</summary>
[Collection(TuiCollection.Name)]
public sealed class KeyBarTests : IDisposable
{
    private readonly Headless _ui = new();

    public static TheoryData<string, int> Hints()
    {
        var data = new TheoryData<string, int>();
        using var ui = new Headless();
        foreach (var which in new[] { "signin", "lobby", "customer", "agent", "scorer", "debrief", "history" })
        {
            var screen = ui.Show(Build(which));
            for (var i = 0; i < screen.KeyBar.Hints.Count; i++)
            {
                data.Add(which, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Hints))]
    public void each_key_in_the_key_bar_does_something(string which, int hintIndex)
    {
        var screen = _ui.Show(Build(which));
        var hint = screen.KeyBar.Hints[hintIndex];
        var raised = new List<string>();
        CountEvents(screen, raised);
        if (hint.Key == "Enter" && which is "customer" or "agent")
        {
            _ui.Type("hello");
        }

        var before = _ui.Text;
        _ui.Press(hint.Key == "↑↓" && which != "scorer" ? Key.CursorDown : KeyFor(hint.Key));

        Assert.True(raised.Count > 0 || _ui.Text != before, $"'{hint.Key} {hint.Label}' on the {which} screen did nothing");
    }

    private static Key KeyFor(string text) => text switch
    {
        "Enter" => Key.Enter,
        "Esc" => Key.Esc,
        "Tab" => Key.Tab,
        "↑↓" => Key.CursorUp,
        "1-0" => new Key('2'),
        "1-5" => new Key('3'),
        _ when text.StartsWith('F') && text.Length > 1 => (Key)Enum.Parse<Terminal.Gui.Drivers.KeyCode>(text),
        _ => new Key(text[0]),
    };

    private static void CountEvents(ScreenBase screen, List<string> raised)
    {
        foreach (var e in screen.GetType().GetEvents(BindingFlags.Public | BindingFlags.Instance)
                     .Where(e => e.DeclaringType?.Namespace?.StartsWith("TeamDrill", StringComparison.Ordinal) == true))
        {
            var type = e.EventHandlerType!;
            Delegate handler = type == typeof(EventHandler)
                ? new EventHandler((_, _) => raised.Add(e.Name))
                : (Delegate)typeof(KeyBarTests).GetMethod(nameof(Counter), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(type.GetGenericArguments()[0])
                    .Invoke(null, [e.Name, raised])!;
            e.AddEventHandler(screen, handler);
        }
    }

    private static EventHandler<T> Counter<T>(string name, List<string> raised) => (_, _) => raised.Add(name);

    private static ScreenBase Build(string which) => ScreenGallery.Build(which, new Palette(true));

    public void Dispose() => _ui.Dispose();
}
