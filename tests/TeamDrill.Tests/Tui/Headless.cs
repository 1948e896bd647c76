using TeamDrill.Client.Tui;
using TeamDrill.Client.Tui.Screens;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Views;

namespace TeamDrill.Tests.Tui;

/// <summary>
/// A Terminal.Gui application on the headless ANSI driver at 80x24: show a screen, press keys, read the
/// screen back as text. Also an <see cref="IScreenHost"/>, so a controller can be driven the same way.
/// </summary>
internal sealed class Headless : IScreenHost, IDisposable
{
    private SessionToken? _token;

    public Headless(int width = 80, int height = 24)
    {
        App = Application.Create().Init("ansi");
        App.Driver!.SetScreenSize(width, height);
    }

    public IApplication App { get; }

    public ScreenBase? Current { get; private set; }

    public bool QuitRequested { get; private set; }

    /// <summary>The whole screen as text, after running queued invokes and drawing.</summary>
    public string Text
    {
        get
        {
            Pump();
            return App.Driver!.ToString() ?? "";
        }
    }

    public string[] Lines => Text.TrimEnd('\n', '\r').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public T Show<T>(T screen)
        where T : ScreenBase
    {
        ((IScreenHost)this).Show(screen);
        return screen;
    }

    void IScreenHost.Show(ScreenBase screen)
    {
        if (_token is not null)
        {
            App.End(_token);
            Current?.Dispose();
        }

        Current = screen;
        _token = App.Begin(screen);
        Pump();
    }

    public void Quit() => QuitRequested = true;

    public void Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            App.InjectKey(key);
        }

        Pump();
    }

    public void Type(string text)
    {
        foreach (var c in text)
        {
            App.InjectKey(new Key(c));
        }

        Pump();
    }

    /// <summary>Runs what was queued with Invoke (session events, finished hub calls) and redraws.</summary>
    public void Pump()
    {
        for (var i = 0; i < 3; i++)
        {
            App.TimedEvents!.RunTimers();
        }

        App.LayoutAndDraw();
    }

    public void Dispose()
    {
        if (_token is not null)
        {
            App.End(_token);
        }

        Current?.Dispose();
        App.Dispose();
    }
}
