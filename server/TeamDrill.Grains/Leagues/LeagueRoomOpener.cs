using Microsoft.Extensions.Logging;
using TeamDrill.Grains.Players;
using TeamDrill.Grains.Rooms;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Leagues;

/// <summary>
/// Opens a planned round's rooms for the league grain, one drill after another, and undoes that as far
/// as it got when a step fails. <see cref="Step"/> names the step under way, so a failure can be named.
/// </summary>
internal sealed partial class LeagueRoomOpener(IGrainFactory grains, League league, ILogger logger)
{
    /// <summary>Members of a cancelled room read "This drill was cancelled: " and then this.</summary>
    private const string CancelledRoundReason = "its league round did not start";

    /// <summary>How many times a room code that is taken is drawn again.</summary>
    private const int CodeAttempts = 5;

    private readonly List<LeagueDrillState> _opened = [];

    public string Step { get; set; } = "";

    /// <summary>Creates and starts each drill's room and adds it to its people's rooms; each drill gets its room code.</summary>
    public async Task OpenAll(LeagueRoundState round)
    {
        for (var i = 0; i < round.Drills.Count; i++)
        {
            await Open(round.Drills[i], $"drill {i + 1} of {round.Drills.Count}");
        }
    }

    /// <summary>
    /// Cancels every room opened so far and drops it from its people's rooms (best effort), and returns the
    /// error the facilitator reads: which step failed, why, and what was undone.
    /// </summary>
    public async Task<DrillRuleException> Undo(LeagueRoundState round, Exception failure)
    {
        var notCancelled = await CancelOpened();
        return new DrillRuleException(
            $"Round {round.Number} did not start: {Step} failed ({Reason(failure)}). "
            + Undone(_opened.Select(d => d.RoomCode).ToList(), notCancelled)
            + "; the league is unchanged. Start the round again (teamdrill league round start).");
    }

    private async Task Open(LeagueDrillState drill, string which)
    {
        var state = league.State;
        var members = new[] { (drill.AgentId, DrillRole.Agent), (drill.CustomerId, DrillRole.Customer) }
            .Concat(drill.ScorerIds.Select(s => (s, DrillRole.Scorer)))
            .Select(m => new LeagueRoomMember(m.Item1, league.NameOf(m.Item1), m.Item2))
            .ToList();
        var setup = new LeagueRoomSetup(league.Code, state.FacilitatorId, state.FacilitatorName, members);
        for (var attempt = 0; ; attempt++)
        {
            var code = RoomCodes.New();
            var room = grains.GetGrain<IRoomGrain>(code);
            Step = $"creating the room for {which}";
            try
            {
                await room.CreateForLeague(setup);
            }
            catch (DrillRuleException) when (attempt < CodeAttempts)
            {
                continue; // that code is taken: draw another
            }

            // In the list as soon as its room exists, so a failure from here on cancels it.
            drill.RoomCode = code;
            _opened.Add(drill);
            Step = $"starting {which} in room {code}";
            await room.StartDrill(state.FacilitatorId, drill.CardId, actionId: "league-start"); // a new room: one start, one id
            Step = $"adding room {code} ({which}) to its members' rooms";
            foreach (var playerId in league.RoomPeople(drill))
            {
                await grains.GetGrain<IPlayerGrain>(playerId).RememberRoom(code);
            }

            return;
        }
    }

    /// <returns>The rooms that could not be cancelled, so the facilitator hears of them.</returns>
    private async Task<List<string>> CancelOpened()
    {
        var failed = new List<string>();
        foreach (var drill in _opened)
        {
            try
            {
                await grains.GetGrain<IRoomGrain>(drill.RoomCode).CancelLeagueRoom(league.State.FacilitatorId, CancelledRoundReason);
                foreach (var playerId in league.RoomPeople(drill))
                {
                    await grains.GetGrain<IPlayerGrain>(playerId).ForgetRoom(drill.RoomCode);
                }
            }
            catch (Exception ex)
            {
                LogCancelFailed(logger, ex, league.Code, drill.RoomCode);
                failed.Add(drill.RoomCode);
            }
        }

        return failed;
    }

    /// <summary>A failure's reason as the facilitator reads it: the rule's own words, else the first line of the error.</summary>
    private static string Reason(Exception ex)
    {
        var inner = ex is DrillRuleException ? ex : ex.InnerException as DrillRuleException ?? ex;
        var line = inner.Message.Split('\n', 2)[0].Trim();
        return line.Length <= 200 ? line : line[..200] + "…";
    }

    private static string Undone(IReadOnlyList<string> opened, IReadOnlyList<string> notCancelled) =>
        (opened.Count switch
        {
            0 => "No room had been opened yet",
            1 => $"The room already opened ({opened[0]}) was cancelled",
            _ => $"The {opened.Count} rooms already opened ({string.Join(", ", opened)}) were cancelled",
        })
        + (notCancelled.Count == 0 ? "" : $", except {string.Join(", ", notCancelled)}, which could not be reached");

    [LoggerMessage(Level = LogLevel.Error, Message = "League {LeagueCode} could not cancel room {RoomCode} of a round that did not start")]
    private static partial void LogCancelFailed(ILogger logger, Exception ex, string leagueCode, string roomCode);
}
