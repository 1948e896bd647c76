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
    public void Run(Func<IDrillHub, Task> action, string? success = null, string failurePrefix = "") =>
        Start(
            async hub =>
            {
                await action(hub);
                return success;
            },
            failurePrefix);

    /// <summary>The same for a call whose answer is the note to show (a projector link, say).</summary>
    public void RunShowingAnswer(Func<IDrillHub, Task<string>> action) => Start(async hub => await action(hub), "");

    private void Start(Func<IDrillHub, Task<string?>> action, string failurePrefix)
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
                var note = await action(hub);
                if (note is not null)
                {
                    app.Invoke(() => host.Current?.ShowMessage(note));
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
