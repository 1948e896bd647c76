using TeamDrill.Client.Tui.Screens;
using Terminal.Gui.App;

namespace TeamDrill.Client.Tui;

/// <summary>Runs one screen at a time with <see cref="IApplication.Run"/>; showing another stops the current one.</summary>
public sealed class RunLoopHost(IApplication app) : IScreenHost
{
    private ScreenBase? _next;

    public ScreenBase? Current { get; private set; }

    /// <summary>A screen finished drawing (the startup measurement waits for the first).</summary>
    public event EventHandler? ScreenDrawn;

    public void Show(ScreenBase screen)
    {
        // Two changes before the loop came round: the first was never shown.
        if (_next is not null && !ReferenceEquals(_next, screen))
        {
            _next.Dispose();
        }

        _next = screen;
        Current?.RequestStop();
    }

    public void Quit()
    {
        _next?.Dispose();
        _next = null;
        Current?.RequestStop();
    }

    private void OnDrawComplete(object? sender, EventArgs e) => ScreenDrawn?.Invoke(this, EventArgs.Empty);

    /// <summary>Runs screens until one stops with nothing to follow it.</summary>
    public void Run()
    {
        while (_next is { } screen)
        {
            _next = null;
            Current = screen;
            screen.DrawComplete += OnDrawComplete;
            app.Run(screen);
            screen.DrawComplete -= OnDrawComplete;
            Current = null;
            screen.Dispose();
        }
    }
}
