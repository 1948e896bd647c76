using TeamDrill.Grains.Journal;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Privacy;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Rooms;

/// <summary>One person's data in this room: reading it out for an export, and erasing their name.</summary>
public sealed partial class RoomGrain
{
    public async Task<PlayerInRoom> PlayerRecord(string playerId)
    {
        await Reload();
        if (_room is null)
        {
            return new PlayerInRoom { RoomCode = Code };
        }

        var eraser = new NameEraser(playerId, "");
        return new PlayerInRoom
        {
            RoomCode = Code,
            LeagueId = _room.State.LeagueId,
            Debriefs = [.. (await FinishedDebriefs()).Select(d => d.Debrief).Where(eraser.Mentions)],
        };
    }

    public async Task<PlayerInRoom> ErasePlayer(string playerId, string label)
    {
        await Reload();
        if (_room is not { } stored)
        {
            return new PlayerInRoom { RoomCode = Code };
        }

        var eraser = new NameEraser(playerId, label);
        var rewritten = (await FinishedDebriefs()).Where(d => eraser.Mentions(d.Debrief)).Select(d => (Debrief: eraser.Erase(d.Debrief), d.ScoredAt)).ToList();
        if (rewritten.Count == 0 && !eraser.Mentions(stored.State))
        {
            return new PlayerInRoom { RoomCode = Code, LeagueId = stored.State.LeagueId };
        }

        eraser.Erase(stored.State);
        try
        {
            _room = await _store.RewriteAsync(stored, rewritten);
        }
        catch (Exception ex) when (ex is JournalConflictException or JournalUnavailableException)
        {
            // The state here was renamed but storage was not: read the room back before serving anything.
            _outOfStep = true;
            StopTimer();
            LogWriteFailed(ex, Code);
            throw new RoomUnavailableException($"Room {Code} could not save the erasure just now, so it did not happen. Try again in a moment.");
        }

        foreach (var (debrief, scoredAt) in rewritten)
        {
            await _archives.SaveAsync(debrief, scoredAt);
        }

        return new PlayerInRoom { RoomCode = Code, LeagueId = _room.State.LeagueId, Debriefs = [.. rewritten.Select(r => r.Debrief)] };
    }

    private async Task<IReadOnlyList<(Debrief Debrief, DateTimeOffset ScoredAt)>> FinishedDebriefs()
    {
        var debriefs = new List<(Debrief, DateTimeOffset)>();
        foreach (var summary in await Read(() => _store.FinishedDrillsAsync(Code)))
        {
            if (await Read(() => _store.FinishedDrillAsync(Code, summary.DrillNumber)) is { } stored)
            {
                debriefs.Add(stored);
            }
        }

        return debriefs;
    }
}
