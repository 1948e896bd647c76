using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.App;

namespace TeamDrill.Client.Tui;

/// <summary>
/// Runs the hub call a screen intent asks for: awaited, never waited on; its error (or its success note)
/// lands on whatever screen is showing when it ends, marshalled to the UI thread.
/// </summary>
public sealed class HubCalls(IApplication app, IScreenHost host, Func<DrillSession?> session)
{
    public void Run(Func<IDrillHub, Task> action, string? success = null, string failurePrefix = "")
    {
        if (session() is not { } current)
        {
            return;
        }

        _ = RunAsync(current.Hub);

        async Task RunAsync(IDrillHub hub)
        {
            try
            {
                await action(hub);
                if (success is not null)
                {
                    app.Invoke(() => host.Current?.ShowMessage(success));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var text = "! " + failurePrefix + HubErrorText.From(e);
                app.Invoke(() => host.Current?.ShowMessage(text));
            }
        }
    }
}
