using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.App;

namespace TeamDrill.Client.Tui;

/// <summary><c>teamdrill replay FILE</c> in a terminal: the archived drill's debrief screen, offline.</summary>
public static class ReplayApp
{
    public static int Run(Debrief debrief)
    {
        using IApplication app = Application.Create().Init();
        var screen = new DebriefScreen(Palette.Current);
        screen.Show(debrief);
        screen.BackRequested += (_, _) => app.RequestStop();
        screen.ExportRequested += (_, _) => _ = screen.ExportAsync(Directory.GetCurrentDirectory());
        app.Run(screen);
        return 0;
    }
}
