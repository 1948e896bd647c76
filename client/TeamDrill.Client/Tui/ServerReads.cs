using TeamDrill.Client.Session;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Tui;

/// <summary>
/// What the screens ask the server for on the player's request: the history, a past debrief, a league's
/// standings, a drill's archive to export. Each fills its screen, or puts the reason it could not on it.
/// Called on the UI thread; the awaits resume there.
/// </summary>
public sealed class ServerReads(Func<DrillSession?> session, DebriefExport export)
{
    public async Task LoadHistoryAsync(HistoryScreen screen)
    {
        try
        {
            var entries = await Hub().GetHistory();
            screen.SetEntries(entries);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            screen.ShowMessage("! could not load your history: " + HubErrorText.From(e));
        }
    }

    /// <summary>Fetches the debrief of <paramref name="entry"/> and hands it to <paramref name="show"/>.</summary>
    public async Task OpenDebriefAsync(HistoryScreen screen, HistoryEntry entry, Action<Debrief> show)
    {
        try
        {
            show(await Hub().GetDebrief(entry.RoomCode, entry.DrillNumber));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            screen.ShowMessage("! could not open that debrief: " + HubErrorText.From(e));
        }
    }

    /// <summary>Shows the league's standings and my assignments; true when it loaded.</summary>
    public async Task<bool> LoadLeagueAsync(LeagueScreen screen, string code)
    {
        if (session()?.Hub is not ILeagueHub leagues)
        {
            return false;
        }

        try
        {
            var standings = await leagues.GetStandings(code);
            var assignments = await leagues.MyAssignments(code);
            screen.Show(standings, assignments);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            screen.ShowMessage("! " + HubErrorText.From(e));
            return false;
        }
    }

    /// <summary>The debrief's x: the drill's archive from the server, written as the shared Markdown.</summary>
    public async Task ExportAsync(DebriefScreen screen, Debrief debrief)
    {
        try
        {
            var archive = DrillArchiveReader.Read(await Hub().GetArchive(debrief.RoomCode, debrief.DrillNumber), ClientWireFormat.Options);
            screen.ShowMessage(export.Write(archive));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            screen.ShowMessage("! could not export this debrief: " + HubErrorText.From(e));
        }
    }

    private IDrillHub Hub() => session()?.Hub ?? throw new InvalidOperationException("not signed in");
}
