using Microsoft.Extensions.Logging;
using TeamDrill.Grains.Content;
using TeamDrill.Grains.Players;
using TeamDrill.Grains.Rooms;
using TeamDrill.Grains.Storage;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Privacy;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Grains.Leagues;

/// <summary>
/// Holds a league's state and runs the rules in <see cref="League"/>; what it adds is what the rules
/// cannot do: asking player grains for names, opening and cancelling a round's rooms, asking rooms how
/// their drills stand, writing the state before a call answers, and logging.
/// </summary>
public sealed partial class LeagueGrain(
    [PersistentState("league", GrainStorageNames.Default)] IPersistentState<LeagueState> store,
    IContentCatalog content,
    BlockedWords blockedWords,
    TimeProvider time,
    ILogger<LeagueGrain> logger) : Grain, ILeagueGrain
{
    private string Code => this.GetPrimaryKeyString();

    private League League => new(Code, store.State);

    private DateTimeOffset Now => time.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        League.UpgradeStoredPresence();
    }

    public async Task<LeagueView> Create(string actorId, string name)
    {
        var isFacilitator = await GrainFactory.GetGrain<IFacilitatorGrain>(actorId).IsFacilitator();
        var facilitatorName = await NameOf(actorId);
        await Change(league => league.Create(actorId, facilitatorName, isFacilitator, name, blockedWords, Now));
        await GrainFactory.GetGrain<IPlayerGrain>(actorId).RememberLeague(Code);
        LogLeagueCreated(Code, actorId);
        return League.View();
    }

    public async Task<LeagueView> Join(string playerId)
    {
        var name = await NameOf(playerId);
        await Change(league => league.Join(playerId, name, Now));
        await GrainFactory.GetGrain<IPlayerGrain>(playerId).RememberLeague(Code);
        return League.View();
    }

    public Task<LeagueView> Get(string playerId) => Task.FromResult(League.ViewFor(playerId));

    public Task SetPresence(string actorId, string member, string presence) =>
        Change(league => league.SetPresence(actorId, member, presence));

    public Task SetGroup(string actorId, string member, string group) => Change(league => league.SetGroup(actorId, member, group, blockedWords));

    public async Task<LeagueView> StartSeason(string actorId, int roomSize)
    {
        await Change(league => league.StartSeason(actorId, roomSize));
        return League.View();
    }

    public async Task<LeagueRoundView> StartRound(string actorId)
    {
        var round = League.PlanNextRound(actorId, content.Briefs, Now);
        var opener = new LeagueRoomOpener(GrainFactory, League, logger);
        try
        {
            // All or nothing: if any room fails to open, or the round fails to save, the rooms opened so far
            // are cancelled and forgotten, so no drill runs that the league does not know about.
            await opener.OpenAll(round);
            opener.Step = "saving the round";
            await Change(league => league.AddRound(round));
        }
        catch (Exception ex)
        {
            LogRoundFailed(ex, Code, store.State.Season, round.Number, opener.Step);
            throw await opener.Undo(round, ex);
        }

        LogRoundStarted(Code, store.State.Season, round.Number, round.Drills.Count);
        return await RoundView(round);
    }

    public Task<LeaguePreviewView> PreviewRounds(string actorId, int rounds) =>
        Task.FromResult(League.Preview(actorId, rounds, content.Briefs, Now));

    public async Task<LeagueRoundView> GetRound(string playerId, int round) => await RoundView(League.Round(playerId, round));

    public async Task<LeagueRoundView> CloseRound(string actorId)
    {
        LeagueRoundState? closed = null;
        await Change(league => closed = league.CloseRound(actorId, Now));
        LogRoundClosed(Code, store.State.Season, closed!.Number);
        return await RoundView(closed);
    }

    public Task<LeagueStandingsView> GetStandings(string playerId) => Task.FromResult(League.Standings(playerId, content.Briefs));

    public Task<string> Export(string playerId, string what, string format) =>
        Task.FromResult(League.Export(playerId, what, format, content.Briefs));

    public async Task<IReadOnlyList<LeagueAssignmentView>> MyAssignments(string playerId) =>
        League.LatestRoundFor(playerId) is { } round ? League.Assignments(playerId, await RoundView(round)) : [];

    public Task<LeagueMembershipRecord?> MemberRecord(string playerId) =>
        Task.FromResult(store.State.Exists ? LeagueMembershipRecord.Of(store.State, playerId) : null);

    public async Task<IReadOnlyList<string>> ErasePlayer(string playerId, string label)
    {
        if (LeagueMembershipRecord.Of(store.State, playerId) is not { } record)
        {
            return [];
        }

        await Change(_ => new NameEraser(playerId, label).Erase(store.State));
        return record.RoomCodes;
    }

    public async Task RecordDebrief(string roomCode, Debrief debrief)
    {
        var recorded = false;
        await Change(league =>
        {
            recorded = league.RecordDebrief(roomCode, debrief);
            return recorded;
        });
        if (!recorded && store.State.Exists)
        {
            LogDebriefIgnored(Code, roomCode);
        }
    }

    /// <summary>The round with each drill's status: scored once the league has its debrief, else what its room says.</summary>
    private async Task<LeagueRoundView> RoundView(LeagueRoundState round)
    {
        var statuses = new List<string>();
        foreach (var drill in round.Drills)
        {
            statuses.Add(drill.Result is not null ? League.ScoredStatus : await RoomStatus(drill.RoomCode));
        }

        return League.RoundView(round, statuses);
    }

    private async Task<string> RoomStatus(string roomCode)
    {
        try
        {
            // The room calls back only one-way, so asking it from here cannot deadlock.
            var snapshot = await GrainFactory.GetGrain<IRoomGrain>(roomCode).GetSnapshot(store.State.FacilitatorId);
            return League.StatusFromRoom(snapshot.Phase, snapshot.Transcript.Count);
        }
        catch (DrillRuleException)
        {
            return League.StatusFromRoom(DrillPhase.Lobby, 0);
        }
    }

    private async Task<string> NameOf(string playerId) => await GrainFactory.GetGrain<IPlayerGrain>(playerId).GetName() ?? playerId;

    private Task Change(Action<League> action) => Change(league =>
    {
        action(league);
        return true;
    });

    /// <summary>
    /// Runs one action over the league and writes the state when the action says it changed something
    /// (a second join does not). A refusal throws before any change; when storage refuses, the state goes
    /// back to a copy taken before the action, so nothing half-done stays to be served or written later.
    /// </summary>
    private async Task Change(Func<League, bool> action)
    {
        var before = GrainStateSerializer.Serialize(store.State);
        if (!action(League))
        {
            return;
        }

        try
        {
            await store.WriteStateAsync();
        }
        catch (Exception ex)
        {
            LogWriteFailed(ex, Code);
            store.State = GrainStateSerializer.Deserialize<LeagueState>(before);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "League {LeagueCode} created by {PlayerId}")]
    private partial void LogLeagueCreated(string leagueCode, string playerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "League {LeagueCode} season {Season} round {Round} started with {Drills} drills")]
    private partial void LogRoundStarted(string leagueCode, int season, int round, int drills);

    [LoggerMessage(Level = LogLevel.Information, Message = "League {LeagueCode} season {Season} round {Round} closed")]
    private partial void LogRoundClosed(string leagueCode, int season, int round);

    [LoggerMessage(Level = LogLevel.Warning, Message = "League {LeagueCode} ignored a debrief from room {RoomCode}")]
    private partial void LogDebriefIgnored(string leagueCode, string roomCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "League {LeagueCode} season {Season} round {Round} did not start: {Step} failed; cancelling the rooms opened")]
    private partial void LogRoundFailed(Exception ex, string leagueCode, int season, int round, string step);

    [LoggerMessage(Level = LogLevel.Warning, Message = "League {LeagueCode}: writing state failed")]
    private partial void LogWriteFailed(Exception ex, string leagueCode);
}
