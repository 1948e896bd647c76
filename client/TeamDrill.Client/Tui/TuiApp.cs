using System.Diagnostics;
using System.Globalization;
using TeamDrill.Client.Session;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Content;
using Terminal.Gui.App;

namespace TeamDrill.Client.Tui;

/// <summary>The full-screen client: starts Terminal.Gui, hands the screens to a <see cref="TuiController"/>, cleans up.</summary>
public static class TuiApp
{
    public static async Task<int> RunAsync(TuiOptions options)
    {
        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            await Console.Error.WriteLineAsync("The full-screen client needs a terminal. For scripts and pipes use the line mode: teamdrill console --server URL --name YOU");
            return 2;
        }

        var store = ClientConfigStore.ForCurrentUser();
        var configProblems = new List<string>();
        var saved = store.Load(configProblems.Add);

        // The coach's phrasebook is read off the UI thread once the first frame is out (it reads and
        // validates the whole content folder); until it is there, the agent simply gets no hints.
        Task<Phrasebook?>? phrasebook = null;
        var settings = new TuiSettings(
            Palette.Current,
            TimeProvider.System,
            store,
            () => phrasebook is { IsCompletedSuccessfully: true } ? phrasebook.Result : null,
            Directory.GetCurrentDirectory());

        double? firstFrameMs = null;
        string? exitMessage;
        using (IApplication app = Application.Create().Init())
        {
            var host = new RunLoopHost(app);
            var controller = new TuiController(app, host, settings);
            host.ScreenDrawn += (_, _) => phrasebook ??= Task.Run(LoadPhrasebook);
            if (options.MeasureStartup)
            {
                host.ScreenDrawn += (_, _) =>
                {
                    if (firstFrameMs is null)
                    {
                        firstFrameMs = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

                        // Stop from the main loop proper: a stop requested while the first frame is
                        // being drawn (before the loop starts) is not honoured.
                        app.AddTimeout(TimeSpan.FromMilliseconds(10), () =>
                        {
                            host.Quit();
                            return false;
                        });
                    }
                };
            }

            controller.ShowSignIn(
                options.Server ?? saved.LastServer ?? SignInTarget.DefaultServer,
                options.Name ?? saved.LastName ?? "",
                options.Room ?? "",
                configProblems.Count > 0 ? configProblems[0] : null);
            host.Run();

            // Stop the connection (and its events) before the application goes away.
            await controller.DisposeAsync();
            exitMessage = controller.ExitMessage;
        }

        if (exitMessage is not null)
        {
            await Console.Error.WriteLineAsync(exitMessage);
            return 1;
        }

        if (firstFrameMs is { } ms)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first frame after {ms:0} ms"));
        }

        return 0;
    }

    private static Phrasebook? LoadPhrasebook()
    {
        var folder = ContentLoader.FindShippedContent(AppContext.BaseDirectory);
        return folder is null ? null : ContentLoader.LoadFolder(folder).Content?.Phrasebook;
    }
}
