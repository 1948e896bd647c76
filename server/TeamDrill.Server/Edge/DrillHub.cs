using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using TeamDrill.Grains.Players;
using TeamDrill.Grains.Rooms;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// The only door end users have. It knows who is calling (the token), checks the shape of each call,
/// and passes the authenticated player id to the grains, which decide what is allowed.
/// </summary>
[Authorize(AuthenticationSchemes = TokenAuthenticationHandler.SchemeName + "," + Watching.WatchAuthenticationHandler.SchemeName)]
public sealed partial class DrillHub(
    IGrainFactory grains,
    ConnectionRegistry registry,
    RoomGrains rooms,
    RoomSubscriptions subscriptions,
    PlayerDirectory players,
    PlayerLookup lookup,
    PlayerRecords records,
    TokenConnections tokenConnections) : Hub<IDrillClient>, IDrillHub
{
    private string PlayerId => Context.UserIdentifier switch
    {
        null => throw new HubException("Not signed in."),
        var id when WatcherIds.IsWatcher(id) => throw new HubException(WatchLinkRefusal.ReadOnly),
        var id => id,
    };

    public async Task<RoomSnapshot> CreateRoom(string actionId)
    {
        ActionIds.Require(actionId);
        var name = await players.NameOf(PlayerId);
        var player = grains.GetGrain<IPlayerGrain>(PlayerId);
        // The code is kept with the action id before the room exists, so a retry lands on the same room.
        var code = await player.RoomForAction(actionId, RoomCodes.New(), replace: false);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var snapshot = await Follow(code, () => Room(code).Create(PlayerId, name, actionId), s => s.Seq);
                await player.RememberRoom(code);
                return snapshot;
            }
            catch (DrillRuleException) when (attempt < 5)
            {
                Connection.Forget(code); // that code is taken: draw another
                code = await player.RoomForAction(actionId, RoomCodes.New(), replace: true);
            }
        }
    }

    public async Task<RoomSnapshot> JoinRoom(string code)
    {
        code = RoomCodes.Normalize(code);
        var name = await players.NameOf(PlayerId);
        var snapshot = await Follow(code, () => Room(code).Join(PlayerId, name), s => s.Seq);
        await grains.GetGrain<IPlayerGrain>(PlayerId).RememberRoom(code);
        return snapshot;
    }

    public async Task LeaveRoom(string code, string actionId)
    {
        ActionIds.Require(actionId);
        code = RoomCodes.Normalize(code);
        await Room(code).Leave(PlayerId, actionId);
        Connection.Forget(code);
    }

    public Task AssignRole(string code, string player, DrillRole role, string actionId) =>
        Room(RoomCodes.Normalize(code)).AssignRole(PlayerId, player ?? "", role, ActionIds.Require(actionId));

    public Task AutoAssignRoles(string code, string actionId) => Room(RoomCodes.Normalize(code)).AutoAssign(PlayerId, ActionIds.Require(actionId));

    public Task StartDrill(string code, string? cardId, string actionId) =>
        Room(RoomCodes.Normalize(code)).StartDrill(PlayerId, cardId, ActionIds.Require(actionId));

    public Task SendMessage(string code, string text, string actionId)
    {
        // A quick refusal here saves the grain from handling text far past any limit.
        if (text is null || text.Length > DrillLimits.MaxMessageLength * 4)
        {
            throw new DrillRuleException($"The message is {text?.Length ?? 0} characters long; the limit is {DrillLimits.MaxMessageLength}.");
        }

        return Room(RoomCodes.Normalize(code)).PostMessage(PlayerId, text, ActionIds.Require(actionId));
    }

    public Task RemoveMember(string code, string player, string actionId) =>
        Room(RoomCodes.Normalize(code)).RemoveMember(PlayerId, player ?? "", ActionIds.Require(actionId));

    public Task UnbanMember(string code, string player, string actionId) =>
        Room(RoomCodes.Normalize(code)).UnbanMember(PlayerId, player ?? "", ActionIds.Require(actionId));

    public Task MuteMember(string code, string player, string actionId) =>
        Room(RoomCodes.Normalize(code)).MuteMember(PlayerId, player ?? "", ActionIds.Require(actionId));

    public Task UnmuteMember(string code, string player, string actionId) =>
        Room(RoomCodes.Normalize(code)).UnmuteMember(PlayerId, player ?? "", ActionIds.Require(actionId));

    public Task PauseCall(string code, string actionId) => Room(RoomCodes.Normalize(code)).PauseCall(PlayerId, ActionIds.Require(actionId));

    public Task ResumeCall(string code, string actionId) => Room(RoomCodes.Normalize(code)).ResumeCall(PlayerId, ActionIds.Require(actionId));

    public Task EndCallEarly(string code, string actionId) => Room(RoomCodes.Normalize(code)).EndCallEarly(PlayerId, ActionIds.Require(actionId));

    public Task SetAnger(string code, int level, string actionId) =>
        Room(RoomCodes.Normalize(code)).SetAnger(PlayerId, level, ActionIds.Require(actionId));

    public Task TagMessage(string code, int messageNumber, string technique, TagPolarity polarity, string actionId) =>
        Room(RoomCodes.Normalize(code)).Tag(PlayerId, messageNumber, technique ?? "", polarity, ActionIds.Require(actionId));

    public Task EndCall(string code, CallOutcome outcome, string actionId) =>
        Room(RoomCodes.Normalize(code)).EndCall(PlayerId, outcome, ActionIds.Require(actionId));

    // Copied into a plain dictionary: MessagePack's hardened reader builds one with its own key
    // comparer, which Orleans cannot serialize when the silo is another process.
    public Task SubmitRubric(string code, Dictionary<string, int?> scores, string actionId) =>
        Room(RoomCodes.Normalize(code)).SubmitRubric(
            PlayerId,
            new Dictionary<string, int?>(scores ?? throw new DrillRuleException("The rubric is empty."), StringComparer.Ordinal),
            ActionIds.Require(actionId));

    public Task CloseScoring(string code, string actionId) => Room(RoomCodes.Normalize(code)).CloseScoring(PlayerId, ActionIds.Require(actionId));

    public Task SubmitReflection(string code, string text, string actionId)
    {
        if (text is null || text.Length > DrillLimits.MaxMessageLength * 4)
        {
            throw new DrillRuleException("The reflection is too long; keep it to one line.");
        }

        return Room(RoomCodes.Normalize(code)).SubmitReflection(PlayerId, text, ActionIds.Require(actionId));
    }

    public Task SubmitReflectionParts(string code, string whatWorked, string doDifferently, string actionId)
    {
        if (whatWorked is null || doDifferently is null || whatWorked.Length + doDifferently.Length > DrillLimits.MaxMessageLength * 4)
        {
            throw new DrillRuleException("The reflection is too long; keep each part to one line.");
        }

        return Room(RoomCodes.Normalize(code)).SubmitReflectionParts(PlayerId, whatWorked, doDifferently, ActionIds.Require(actionId));
    }

    public Task SubmitSupport(string code, string text, string actionId)
    {
        if (text is null || text.Length > DrillLimits.MaxMessageLength * 4)
        {
            throw new DrillRuleException("The line of support is too long; keep it to one line.");
        }

        return Room(RoomCodes.Normalize(code)).SubmitSupport(PlayerId, text, ActionIds.Require(actionId));
    }

    public Task RateFidelity(string code, int score, string actionId) =>
        Room(RoomCodes.Normalize(code)).RateFidelity(PlayerId, score, ActionIds.Require(actionId));

    public Task<ResyncResult> Resync(string code, long afterSeq)
    {
        code = RoomCodes.Normalize(code);
        return Follow(
            code,
            () => Room(code).Resync(PlayerId, afterSeq),
            r => r.Snapshot?.Seq ?? (r.Events.Count > 0 ? Math.Max(afterSeq, r.Events[^1].Seq) : afterSeq));
    }

    public Task<RoomSnapshot> GetRoom(string code)
    {
        code = RoomCodes.Normalize(code);
        return Follow(code, () => Room(code).GetSnapshot(PlayerId), s => s.Seq);
    }

    public async Task<IReadOnlyList<HistoryEntry>> GetHistory()
    {
        var codes = await grains.GetGrain<IPlayerGrain>(PlayerId).GetRooms();
        var entries = new List<HistoryEntry>();
        foreach (var code in codes)
        {
            entries.AddRange(await Room(code).History(PlayerId));
        }

        return entries.OrderBy(e => e.EndedAt).ToList();
    }

    public Task<Debrief> GetDebrief(string code, int drillNumber) => Room(RoomCodes.Normalize(code)).GetDebrief(PlayerId, drillNumber);

    public Task<byte[]> GetArchive(string code, int drillNumber) => Room(RoomCodes.Normalize(code)).GetArchive(PlayerId, drillNumber);

    public Task<IReadOnlyList<PublicBrief>> ListCards() => grains.GetGrain<TeamDrill.Grains.Content.IContentGrain>(0).Briefs();

    private EdgeConnection Connection =>
        registry.Get(Context.ConnectionId) ?? throw new HubException("This connection is closing; reconnect.");

    private IRoomGrain Room(string code) => rooms.Get(code);

    /// <summary>
    /// Follows a room on this connection around a grain call that returns state up to some sequence
    /// number: events published meanwhile are held, and only newer ones are sent afterwards.
    /// </summary>
    private async Task<T> Follow<T>(string code, Func<Task<T>> call, Func<T, long> seqOf)
    {
        var connection = Connection;
        var wasFollowing = connection.Follows(code);
        await subscriptions.EnsureAsync(code);
        connection.Hold(code);
        try
        {
            var result = await call();
            connection.Resume(code, seqOf(result));
            return result;
        }
        catch
        {
            if (wasFollowing)
            {
                connection.Resume(code, 0);
            }
            else
            {
                connection.Forget(code);
            }

            throw;
        }
    }
}
