using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Content;
using Terminal.Gui.App;

namespace TeamDrill.Client.Tui;

/// <summary><c>teamdrill replay FILE</c> in a terminal: the archived drill's debrief screen, offline.</summary>
public static class ReplayApp
{
    public static int Run(DrillArchive archive, Func<Phrasebook?> phrasebook)
    {
        using IApplication app = Application.Create().Init();
        var export = new DebriefExport(Directory.GetCurrentDirectory(), phrasebook);
        var screen = new DebriefScreen(Palette.Current);
        screen.Show(ArchiveDebrief.From(archive));
        screen.BackRequested += (_, _) => app.RequestStop();
        screen.ExportRequested += (_, _) => screen.ShowMessage(export.Write(archive));
        app.Run(screen);
        return 0;
    }
}
