using TeamDrill.Client.Tui.Screens;

namespace TeamDrill.Client.Tui;

/// <summary>Where the controller puts screens: the real run loop, or a test's headless session.</summary>
public interface IScreenHost
{
    ScreenBase? Current { get; }

    /// <summary>Replaces the current screen (which is then disposed).</summary>
    void Show(ScreenBase screen);

    /// <summary>Ends the application after the current screen.</summary>
    void Quit();
}
