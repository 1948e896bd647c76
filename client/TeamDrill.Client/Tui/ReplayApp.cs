using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Text;
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
        screen.ExportRequested += (_, d) =>
        {
            var path = Path.Combine(Directory.GetCurrentDirectory(), DebriefMarkdown.FileName(d));
            try
            {
                File.WriteAllText(path, DebriefMarkdown.Render(d));
                screen.ShowMessage($"Saved {path}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                screen.ShowMessage($"! could not write {path}: {e.Message}");
            }
        };
        app.Run(screen);
        return 0;
    }
}
